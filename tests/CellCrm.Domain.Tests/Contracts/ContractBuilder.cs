using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Tests.Contracts;

/// <summary>Contracts, policies and applications for the domain tests.</summary>
internal static class ContractBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 11, 27);
    public static readonly Guid Customer = Guid.NewGuid();
    public static readonly Guid Stem = Guid.NewGuid();
    public static readonly Guid Immune = Guid.NewGuid();

    /// <summary>脐带间充质 at 68,000.00 yuan.</summary>
    public static LineDraft StemLine(long? after = null, int quantity = 1) => new(Stem, "SC-UC-TBF", "脐带间充质", 68_000_00, quantity, after);

    /// <summary>CIK at 19,800.00 yuan.</summary>
    public static LineDraft ImmuneLine(long? after = null) => new(Immune, "IC-CIK-RX", "成品CIK", 19_800_00, 1, after);

    public static ContractDetails Details(ContractOrderType type = ContractOrderType.Paper, bool storerIsCustomer = true) =>
        new(ContractBusinessType.CellHealth, type, Customer, null, "138 0013 8000", storerIsCustomer, Guid.NewGuid(), " 产科 ", "深圳市", Now,
            CertificateType.Electronic, true, null, []);

    public static Contract Draft(ContractOrderType type = ContractOrderType.Paper, params LineDraft[] lines)
    {
        var contract = new Contract("755XBJK202611001", Details(type), Guid.NewGuid(), Guid.NewGuid(), Now);
        contract.Price(lines.Length == 0 ? [StemLine()] : lines, null, null, Today);
        return contract;
    }

    public static MarketPolicy Policy(PolicyKind kind = PolicyKind.Ordinary, DiscountKind discount = DiscountKind.Percentage, int? percent = 10,
        long? amountOff = null, long? floor = null, DateOnly? validTo = null) =>
        new(new PolicyTerms("CGZC0001", "开放日政策", kind, null, Today.AddDays(-10), validTo ?? Today.AddDays(30), discount,
            discount == DiscountKind.Percentage ? percent : null, amountOff, floor, kind != PolicyKind.Ordinary, [Stem]));

    public static DiscountApplication Application(MarketPolicy policy, long discountFen, bool approve = true, Guid? customer = null)
    {
        var application = new DiscountApplication("YHSQ202611001", customer ?? Customer, policy, "老客户", "公司特殊VIP", 68_000_00, discountFen,
            Guid.NewGuid(), Guid.NewGuid(), Now);
        if (approve)
        {
            application.Approve(Now);
        }

        return application;
    }
}
