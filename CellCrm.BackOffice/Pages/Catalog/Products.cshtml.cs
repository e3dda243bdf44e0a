using CellCrm.Domain.Catalog;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Catalog;

/// <summary>The catalogue as every staff member reads it (§6.2): products on sale, with their rule texts.
/// Reference data, the same for every data scope; admins change it under /Admin/Products.</summary>
public class ProductsModel(CellCrmDbContext db) : PageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Products = (await db.Products.AsNoTracking().Where(p => p.IsActive).ToListAsync(ct))
            .OrderBy(p => p.Type).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
}
