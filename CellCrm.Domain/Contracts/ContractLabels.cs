namespace CellCrm.Domain.Contracts;

/// <summary>The Chinese names of the contract area's values, as the manuals write them.</summary>
public static class ContractLabels
{
    public static string Of(ContractBusinessType type) => type switch
    {
        ContractBusinessType.NewbornStemCell => "新生儿干细胞",
        ContractBusinessType.PeripheralImmuneCell => "外周血免疫细胞",
        ContractBusinessType.DentalPulpStemCell => "牙髓干细胞",
        ContractBusinessType.CellHealth => "营销中心细胞健康",
        ContractBusinessType.Prepayment => "预付款订单",
    };

    public static string Of(ContractOrderType type) => type switch
    {
        ContractOrderType.Electronic => "电子合同",
        ContractOrderType.Paper => "纸质合同",
        ContractOrderType.PublicBank => "公库订单",
        ContractOrderType.PickupOrTransfer => "自提/转库订单",
        ContractOrderType.TissueToSeedCells => "组织块制备成种子细胞",
    };

    public static string Of(ContractStatus status) => status switch
    {
        ContractStatus.Draft => "草稿",
        ContractStatus.PendingSignature => "待签署",
        ContractStatus.Signed => "已签署",
        ContractStatus.InReview => "客服审核中",
        ContractStatus.Effective => "已生效",
        ContractStatus.Terminated => "已终止",
        ContractStatus.Changed => "已变更",
    };

    public static string Of(CertificateType type) => type switch
    {
        CertificateType.Electronic => "电子储存证",
        CertificateType.Paper => "纸质储存证",
    };

    public static string Of(PolicyKind kind) => kind switch
    {
        PolicyKind.Ordinary => "普通",
        PolicyKind.Vip => "公司特殊VIP",
        PolicyKind.Medical => "医疗优惠",
        PolicyKind.Staff => "公司员工",
    };

    public static string Of(DiscountKind kind) => kind switch
    {
        DiscountKind.Percentage => "按比例优惠",
        DiscountKind.AmountOff => "立减金额",
    };

    public static string Of(DiscountApplicationStatus status) => status switch
    {
        DiscountApplicationStatus.Pending => "审批中",
        DiscountApplicationStatus.Approved => "已通过",
        DiscountApplicationStatus.Rejected => "已驳回",
        DiscountApplicationStatus.Withdrawn => "已撤回",
    };

    /// <summary>The number prefix of a business type: 755 (Shenzhen) + the type's code, as in 755XBJK…, 755YFK….</summary>
    /// <summary>The discount a market policy allows, as the policy list and the contract form show it.</summary>
    public static string Rule(MarketPolicy p) => p.DiscountKind switch
    {
        DiscountKind.Percentage => $"最多优惠{p.PercentOff}%",
        DiscountKind.AmountOff => $"每份最多立减{Money.Yuan(p.AmountOffFen!.Value)}元",
    } + (p.FloorPriceFen is { } floor ? $"，底价{Money.Yuan(floor)}元" : "");

    public static string NumberPrefix(ContractBusinessType type) => "755" + type switch
    {
        ContractBusinessType.NewbornStemCell => "XSE",
        ContractBusinessType.PeripheralImmuneCell => "WZX",
        ContractBusinessType.DentalPulpStemCell => "YSG",
        ContractBusinessType.CellHealth => "XBJK",
        ContractBusinessType.Prepayment => "YFK",
    };
}
