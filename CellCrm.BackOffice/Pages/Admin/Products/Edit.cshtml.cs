using CellCrm.BackOffice.Services;
using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Products;

/// <summary>Creates (no id) or edits one product; 上架/下架; 修改记录.</summary>
public class EditModel(CellCrmDbContext db, AuditHistory history) : PageModel
{
    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Page();
        }

        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
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
        var product = id is null ? null : await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
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

        if (ModelState.IsValid)
        {
            try
            {
                if (product is null)
                {
                    var code = Input.Code!.Trim();
                    if (await db.Products.AnyAsync(p => p.Code == code, ct))
                    {
                        throw new DomainException($"产品编码“{code}”已存在", nameof(ProductInput.Code));
                    }

                    product = new Product(code, Input.Type, Input.Name ?? "", Input.CellType ?? "", null, null, null, null, null);
                    Input.ApplyTo(product);
                    db.Products.Add(product);
                }
                else
                {
                    db.Entry(product).Property(p => p.Version).OriginalValue = Input.Version;
                    Input.ApplyTo(product);
                }

                await db.SaveChangesAsync(ct);
                TempData["StatusMessage"] = $"产品“{product.Name}”已保存";
                return RedirectToPage("Edit", new { id = product.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field is null ? "" : "Input." + (e.Field == nameof(Product.ListPriceFen) ? nameof(ProductInput.PriceYuan) : e.Field), e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "该产品已被他人修改，请刷新页面后重新编辑");
            }
        }

        if (product is not null && db.Entry(product).State != EntityState.Added)
        {
            await LoadAsync(product, ct);
        }

        return Page();
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, p => p.Activate(), "产品已上架", ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        ToggleAsync(id, p => p.Deactivate(), "产品已下架，新合同不能再选择它", ct);

    private async Task<IActionResult> ToggleAsync(Guid id, Action<Product> change, string done, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return NotFound();
        }

        try
        {
            change(product);
            await db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = done;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage("Edit", new { id });
    }

    private async Task LoadAsync(Product product, CancellationToken ct)
    {
        Id = product.Id;
        IsActive = product.IsActive;
        History = await history.ForAsync(product.Id, ct);
    }
}
