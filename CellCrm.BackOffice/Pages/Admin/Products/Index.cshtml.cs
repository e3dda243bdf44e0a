using CellCrm.Domain.Catalog;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Products;

public class IndexModel(CellCrmDbContext db) : PageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Products = (await db.Products.AsNoTracking().ToListAsync(ct))
            .OrderBy(p => p.Type).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
}
