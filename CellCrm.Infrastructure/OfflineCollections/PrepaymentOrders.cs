using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.OfflineCollections;

/// <summary>预付款订单 (seed 000 §5.5): priced with the preset prepayment product, and given its balance account.</summary>
public static class PrepaymentOrders
{
    /// <summary>The code of the 预设预付款产品 the reference data seeds.</summary>
    public const string PresetProductCode = "YFK-PRESET";

    public const string PresetProductName = "预设预付款产品";

    public static Product PresetProduct() =>
        new(PresetProductCode, ProductType.Prepayment, PresetProductName, "预付款", null, null, null, null,
            "预付款订单的合同产品：金额按客户预付填写，之后在正式合同中预付款抵扣");

    /// <summary>The order's one line is the preset product at the amount of the form's first line (its 优惠后金额);
    /// a discount application the contract held before is released.</summary>
    public static async Task PriceAsync(CellCrmDbContext db, Contract contract, ContractDraft draft, CancellationToken ct)
    {
        var preset = await db.Products.AsNoTracking().Where(p => p.Type == ProductType.Prepayment && p.IsActive)
            .OrderBy(p => p.Code == PresetProductCode ? 0 : 1).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("未配置预设预付款产品，请联系管理员", "Lines");
        var previous = contract.DiscountApplicationId;
        // The edit form leaves 优惠后金额 blank when it equals the amount before: the order keeps its amount then.
        var amount = draft.Lines.Select(l => l.AmountAfterFen).FirstOrDefault() ?? (contract.Lines.Count > 0 ? contract.AmountFen : 0);
        contract.PricePrepayment(preset.Id, preset.Code, preset.Name, amount);
        if (previous is { } old && await db.DiscountApplications.FirstOrDefaultAsync(a => a.Id == old, ct) is { } released)
        {
            released.Release(contract.Id);
        }

        if (!await db.PrepaymentAccounts.AnyAsync(a => a.Id == contract.Id, ct) && db.PrepaymentAccounts.Local.All(a => a.Id != contract.Id))
        {
            db.PrepaymentAccounts.Add(new PrepaymentAccount(contract));
        }
    }
}
