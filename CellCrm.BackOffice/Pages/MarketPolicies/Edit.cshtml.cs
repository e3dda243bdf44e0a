using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.MarketPolicies;

/// <summary>新建/修改市场政策, 停用/启用 (admins only, by the folder convention).</summary>
public class EditModel(CellCrmDbContext db, MarketPolicyService service, AuditHistory audit) : PageModel
{
    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    public bool? IsActive { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Products { get; private set; } = [];

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var policy = await db.MarketPolicies.AsNoTracking().Include(p => p.Products).FirstOrDefaultAsync(p => p.Id == existing, ct);
            if (policy is null)
            {
                return NotFound();
            }

            Input = PolicyInput.From(policy);
            IsActive = policy.IsActive;
            History = await audit.ForAsync(existing, ct);
        }
        else
        {
            var today = ChinaTime.Today(DateTimeOffset.UtcNow);
            Input.ValidFrom = today;
            Input.ValidTo = today.AddMonths(3);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Input.AmountOff) && Money.ParseYuan(Input.AmountOff) is null)
        {
            ModelState.AddModelError("Input.AmountOff", "请输入正确的金额（元，最多两位小数）");
        }

        if (!string.IsNullOrWhiteSpace(Input.FloorPrice) && Money.ParseYuan(Input.FloorPrice) is null)
        {
            ModelState.AddModelError("Input.FloorPrice", "请输入正确的金额（元，最多两位小数）");
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (id is { } existing)
                {
                    await service.UpdateAsync(existing, Input.Version, Input.ToTerms(), ct);
                }
                else
                {
                    id = (await service.CreateAsync(Input.ToTerms(), ct)).Id;
                }

                TempData["StatusMessage"] = "已保存市场政策";
                return RedirectToPage("Index");
            }
            catch (DomainException e)
            {
                var field = e.Field switch { "AmountOffFen" => "AmountOff", "FloorPriceFen" => "FloorPrice", var f => f ?? "" };
                ModelState.AddErrors("Input.", [new FieldError(field, e.Message)]);
            }
        }

        if (id is { } current)
        {
            IsActive = await db.MarketPolicies.Where(p => p.Id == current).Select(p => (bool?)p.IsActive).FirstOrDefaultAsync(ct);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostActivateAsync(Guid id, bool active, CancellationToken ct)
    {
        try
        {
            await service.SetActiveAsync(id, Input.Version, active, ct);
            TempData["StatusMessage"] = active ? "已启用该政策" : "已停用该政策，已使用该政策的合同不受影响";
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Products = (await db.Products.AsNoTracking().Where(p => p.IsActive || Input.ProductIds.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new { p.Id, Name = p.Code + " " + p.Name + "（" + p.CellType + "）" }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
}
