using CellCrm.Domain.Catalog;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Hospitals;

public class IndexModel(CellCrmDbContext db) : PageModel
{
    public IReadOnlyList<Hospital> Hospitals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Hospitals = await db.Hospitals.AsNoTracking().OrderBy(h => h.City).ThenBy(h => h.Name).ToListAsync(ct);
}
