using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using static CellCrm.Domain.Tests.Contracts.ContractBuilder;

namespace CellCrm.Domain.Tests.Contracts;

public class ContractPricingTests
{
    [Fact]
    public void Price_WithoutPolicy_TotalsAreTheListPricesInFen()
    {
        var contract = Draft(ContractOrderType.Paper, StemLine(quantity: 2), ImmuneLine());

        Assert.Equal(2 * 68_000_00 + 19_800_00, contract.AmountBeforeFen);
        Assert.Equal(contract.AmountBeforeFen, contract.AmountFen);
        Assert.Equal(0, contract.DiscountFen);
        Assert.Equal([136_000_00, 19_800_00], contract.Lines.OrderBy(l => l.Sort).Select(l => l.AmountAfterFen));
    }

    [Fact]
    public void Price_WithoutPolicy_AnyDiscount_Throws()
    {
        var contract = Draft();

        var error = Assert.Throws<DomainException>(() => contract.Price([StemLine(after: 67_999_99)], null, null, Today));

        Assert.Contains("未参与市场政策", error.Message);
        Assert.Equal("Lines[0].AmountAfter", error.Field);
        Assert.Equal(68_000_00, contract.AmountFen);
    }

    [Fact]
    public void Price_AboveListPrice_Throws()
    {
        var error = Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 68_000_01)], Policy(), null, Today));

        Assert.Contains("不能高于优惠前金额", error.Message);
    }

    [Fact]
    public void Price_OrdinaryPercentagePolicy_AllowsDownToTheRuleAndTotalsTheDiscount()
    {
        var contract = Draft();

        contract.Price([StemLine(after: 61_200_00), ImmuneLine()], Policy(percent: 10), null, Today);

        Assert.Equal(68_000_00 + 19_800_00, contract.AmountBeforeFen);
        Assert.Equal(61_200_00 + 19_800_00, contract.AmountFen);
        Assert.Equal(6_800_00, contract.DiscountFen);
        Assert.Equal("开放日政策", contract.MarketPolicyName);
    }

    [Fact]
    public void Price_BeyondThePolicy_IsRefusedWithTheLowestAmount()
    {
        var error = Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 61_199_99)], Policy(percent: 10), null, Today));

        Assert.Contains("不能低于61,200.00元", error.Message);
    }

    [Fact]
    public void Price_ProductOutsideThePolicy_CannotBeDiscounted()
    {
        var error = Assert.Throws<DomainException>(() => Draft().Price([ImmuneLine(after: 19_000_00)], Policy(), null, Today));

        Assert.Contains("不参与市场政策", error.Message);
    }

    [Fact]
    public void MinimumLineAmount_AmountOffPerUnit_AndFloorPrice()
    {
        var amountOff = Policy(discount: DiscountKind.AmountOff, amountOff: 2_000_00);
        var floored = Policy(percent: 50, floor: 50_000_00);

        Assert.Equal(2 * 66_000_00, amountOff.MinimumLineAmount(68_000_00, 2));
        Assert.Equal(50_000_00, floored.MinimumLineAmount(68_000_00, 1));
        // 33 % off 100.01 yuan is 67.0067: rounded up to the fen, the discount never exceeds the rule.
        Assert.Equal(67_01, Policy(percent: 33).MinimumLineAmount(100_01, 1));
    }

    [Fact]
    public void Price_ExpiredOrStoppedPolicy_Throws()
    {
        var expired = Policy(validTo: Today.AddDays(-1));
        var stopped = Policy();
        stopped.Deactivate();

        Assert.Contains("有效期", Assert.Throws<DomainException>(() => Draft().Price([StemLine()], expired, null, Today)).Message);
        Assert.Contains("已停用", Assert.Throws<DomainException>(() => Draft().Price([StemLine()], stopped, null, Today)).Message);
    }

    [Fact]
    public void Price_VipPolicyWithoutApplication_Throws()
    {
        var error = Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 60_000_00)], Policy(PolicyKind.Vip, percent: 30), null, Today));

        Assert.Contains("需先提交优惠申请并审批通过", error.Message);
        Assert.Equal("DiscountApplicationId", error.Field);
    }

    [Fact]
    public void Price_VipPolicyWithPendingApplication_Throws()
    {
        var vip = Policy(PolicyKind.Vip, percent: 30);
        var pending = Application(vip, 20_000_00, approve: false);

        var error = Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 60_000_00)], vip, pending, Today));

        Assert.Contains("审批中", error.Message);
    }

    [Fact]
    public void Price_VipPolicyWithApprovedApplication_BindsItAndCapsTheDiscount()
    {
        var vip = Policy(PolicyKind.Vip, percent: 30);
        var approved = Application(vip, 10_000_00);
        var contract = Draft();

        var error = Assert.Throws<DomainException>(() => contract.Price([StemLine(after: 57_999_99)], vip, approved, Today));
        Assert.Contains("超过优惠申请", error.Message);
        Assert.Null(approved.UsedByContractId);

        contract.Price([StemLine(after: 58_000_00)], vip, approved, Today);
        Assert.Equal(58_000_00, contract.AmountFen);
        Assert.Equal(contract.Id, approved.UsedByContractId);
        Assert.Equal(approved.Id, contract.DiscountApplicationId);
    }

    [Fact]
    public void Price_ApplicationOfAnotherCustomerOrAlreadyUsed_Throws()
    {
        var vip = Policy(PolicyKind.Vip, percent: 30);
        var other = Application(vip, 10_000_00, customer: Guid.NewGuid());
        Assert.Contains("不是该客户的申请", Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 60_000_00)], vip, other, Today)).Message);

        var used = Application(vip, 10_000_00);
        Draft().Price([StemLine(after: 60_000_00)], vip, used, Today);
        Assert.Contains("已被其他合同使用", Assert.Throws<DomainException>(() => Draft().Price([StemLine(after: 60_000_00)], vip, used, Today)).Message);
    }

    [Fact]
    public void Price_NoLinesOrDuplicateProduct_Throws()
    {
        Assert.Equal("请添加合同产品", Assert.Throws<DomainException>(() => Draft().Price([], null, null, Today)).Message);
        Assert.Contains("合并为一行", Assert.Throws<DomainException>(() => Draft().Price([StemLine(), StemLine()], null, null, Today)).Message);
        Assert.Contains("未定价", Assert.Throws<DomainException>(() =>
            Draft().Price([new LineDraft(Stem, "X", "新产品", null, 1, null)], null, null, Today)).Message);
    }

    [Fact]
    public void MarketPolicy_VipMustRequireApplication_AndRulesAreChecked()
    {
        Assert.Contains("必须先提交优惠申请", Assert.Throws<DomainException>(() => new MarketPolicy(new PolicyTerms("C1", "VIP", PolicyKind.Vip, null,
            Today, Today, DiscountKind.Percentage, 10, null, null, false, [Stem]))).Message);
        Assert.Contains("优惠比例", Assert.Throws<DomainException>(() => new MarketPolicy(new PolicyTerms("C1", "开放日", PolicyKind.Ordinary, null,
            Today, Today, DiscountKind.Percentage, 0, null, null, false, [Stem]))).Message);
        Assert.Contains("失效日期不能早于生效日期", Assert.Throws<DomainException>(() => new MarketPolicy(new PolicyTerms("C1", "开放日", PolicyKind.Ordinary, null,
            Today, Today.AddDays(-1), DiscountKind.Percentage, 10, null, null, false, [Stem]))).Message);
        Assert.Contains("参与产品", Assert.Throws<DomainException>(() => new MarketPolicy(new PolicyTerms("C1", "开放日", PolicyKind.Ordinary, null,
            Today, Today, DiscountKind.Percentage, 10, null, null, false, []))).Message);
    }

    [Fact]
    public void DiscountApplication_ForOrdinaryPolicy_OrDiscountAboveAmount_Throws()
    {
        Assert.Contains("无需优惠申请", Assert.Throws<DomainException>(() => Application(Policy(), 1_00)).Message);
        Assert.Contains("折扣总金额", Assert.Throws<DomainException>(() => Application(Policy(PolicyKind.Medical), 68_000_01)).Message);
    }

    [Fact]
    public void Money_ParsesTwoDecimalsExactly()
    {
        Assert.Equal(6_120_050, Money.ParseYuan("61,200.50"));
        Assert.Null(Money.ParseYuan("1.234"));
        Assert.Null(Money.ParseYuan("-1"));
        Assert.Null(Money.ParseYuan("abc"));
        Assert.Equal("61,200.50", Money.Yuan(6_120_050));
    }
}
