using CellCrm.Domain.Catalog;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Catalog;

/// <summary>The hospitals the bank works with, for every staff member; admins change them under /Admin/Hospitals.</summary>
public class HospitalsModel(CellCrmDbContext db) : PageModel
{
    public IReadOnlyList<Hospital> Hospitals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Hospitals = await db.Hospitals.AsNoTracking().Where(h => h.IsActive).OrderBy(h => h.City).ThenBy(h => h.Name).ToListAsync(ct);
}
