using CellCrm.BackOffice.Services;
using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Products;

/// <summary>Creates (no id) or edits one product; 上架/下架; 修改记录.</summary>
public class EditModel(CellCrmDbContext db, AuditHistory history) : CatalogEditModel<Product>(db, history, "产品")
{
    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Page();
        }

        var product = await Db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return NotFound();
        }

        Input = ProductInput.From(product);
        await LoadAsync(product, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var product = id is null ? null : await FindAsync(id.Value, ct);
        if (id is not null && product is null)
        {
            return NotFound();
        }

        if (product is not null)
        {
            // The code is fixed once created: contracts refer to it.
            Input.Code = product.Code;
            ModelState.Remove("Input.Code");
        }

        return await SaveAsync(product, async () =>
        {
            if (product is null)
            {
                var code = Input.Code!.Trim();
                if (await Db.Products.AnyAsync(p => p.Code == code, ct))
                {
                    throw new DomainException($"产品编码“{code}”已存在", nameof(ProductInput.Code));
                }

                var created = new Product(code, Input.Type, Input.Name ?? "", Input.CellType ?? "", null, null, null, null, null);
                Input.ApplyTo(created);
                Db.Products.Add(created);
                return created;
            }

            Db.Entry(product).Property(p => p.Version).OriginalValue = Input.Version;
            Input.ApplyTo(product);
            return product;
        }, p => $"产品“{p.Name}”已保存", ct);
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, p => p.Activate(), "产品已上架", ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, p => p.Deactivate(), "产品已下架，新合同不能再选择它", ct);

    protected override bool IsActiveOf(Product item) => item.IsActive;

    protected override string InputField(string domainField) =>
        domainField == nameof(Product.ListPriceFen) ? nameof(ProductInput.PriceYuan) : domainField;
}
