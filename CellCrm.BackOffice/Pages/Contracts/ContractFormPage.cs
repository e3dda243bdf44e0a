using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>What Create and Edit share: the form, its choices (hospitals, priced products, usable policies, the
/// customer's approved discount applications and family demand lists), and turning a refused save into messages
/// under the fields.</summary>
public abstract class ContractFormPage(CellCrmDbContext db, ContractService service) : PageModel
{
    [BindProperty]
    public ContractInput Input { get; set; } = new();

    public string CustomerName { get; private set; } = "";

    public IReadOnlyList<(Guid Id, string Name)> Hospitals { get; private set; } = [];

    public IReadOnlyList<ProductChoice> Products { get; private set; } = [];

    public IReadOnlyList<PolicyChoice> Policies { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Text)> Applications { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Text)> DemandListChoices { get; private set; } = [];

    protected CellCrmDbContext Db => db;

    protected ContractService Service => service;

    protected async Task LoadChoicesAsync(Guid? contractId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == Input.CustomerId)
            .Select(c => new { c.Name, c.FamilyArchiveId }).SingleAsync(ct);
        CustomerName = customer.Name;
        Hospitals = (await db.Hospitals.AsNoTracking().Where(h => h.IsActive).OrderBy(h => h.Name).Select(h => new { h.Id, h.Name }).ToListAsync(ct))
            .Select(h => (h.Id, h.Name)).ToList();
        var onContract = Input.Lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).ToList();
        Products = await db.Products.AsNoTracking().Where(p => (p.IsActive && p.ListPriceFen != null) || onContract.Contains(p.Id))
            .OrderBy(p => p.Code).Select(p => new ProductChoice(p.Id, p.Code + " " + p.Name + "（" + p.CellType + "）", p.ListPriceFen)).ToListAsync(ct);
        var today = ChinaTime.Today(DateTimeOffset.UtcNow);
        var policies = await db.MarketPolicies.AsNoTracking().Include(p => p.Products)
            .Where(p => (p.IsActive && p.ValidFrom <= today && p.ValidTo >= today) || p.Id == Input.MarketPolicyId).OrderBy(p => p.Code).ToListAsync(ct);
        Policies = policies.Select(p => new PolicyChoice(p.Id, $"{p.Name}（{ContractLabels.Of(p.Kind)}，{ContractLabels.Rule(p)}）", p.RequiresApplication,
            string.Join(",", p.Products.Select(x => x.ProductId)))).ToList();
        Applications = (await db.DiscountApplications.AsNoTracking()
                .Where(a => a.CustomerId == Input.CustomerId && a.Status == DiscountApplicationStatus.Approved
                    && (a.UsedByContractId == null || a.UsedByContractId == contractId))
                .OrderByDescending(a => a.CreatedAt).ToListAsync(ct))
            .Select(a => (a.Id, $"{a.Number} {a.PolicyName} 折扣 {Money.Yuan(a.DiscountFen)} 元")).ToList();
        var family = db.Customers.Where(c => c.FamilyArchiveId == customer.FamilyArchiveId).Select(c => c.Id);
        DemandListChoices = (await db.DemandLists.AsNoTracking().Where(d => family.Contains(d.RecipientId) || family.Contains(d.DonorId))
                .OrderByDescending(d => d.CreatedAt).Take(50)
                .Select(d => new { d.Id, d.Number, d.Purpose }).ToListAsync(ct))
            .Select(d => (d.Id, $"{d.Number} {d.Purpose}")).ToList();
    }

    /// <summary>Form-level checks the binder cannot do: amounts with at most two decimals, at least one product.</summary>
    protected void ValidateLines()
    {
        foreach (var (index, line) in Input.FilledLines())
        {
            if (!string.IsNullOrWhiteSpace(line.AmountAfter) && Money.ParseYuan(line.AmountAfter) is null)
            {
                ModelState.AddModelError($"Input.Lines[{index}].AmountAfter", "请输入正确的金额（元，最多两位小数）");
            }
        }

        if (!Input.FilledLines().Any())
        {
            ModelState.AddModelError("Input.Lines", "请添加合同产品");
        }

        if (Input.UsePolicy && Input.MarketPolicyId is null)
        {
            ModelState.AddModelError("Input.MarketPolicyId", "请选择优惠政策");
        }
    }

    /// <summary>Runs the save; a broken rule becomes a message under its field (or above the form).</summary>
    protected async Task<bool> TrySaveAsync(Func<Task> save)
    {
        try
        {
            await save();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddErrors("Input.", [new FieldError(e.Field ?? "", e.Message)]);
            return false;
        }
    }

    public sealed record ProductChoice(Guid Id, string Name, long? PriceFen);

    public sealed record PolicyChoice(Guid Id, string Name, bool RequiresApplication, string ProductIds);
}
