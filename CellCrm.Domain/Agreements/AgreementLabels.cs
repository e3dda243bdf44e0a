namespace CellCrm.Domain.Agreements;

public static class AgreementLabels
{
    public static string Of(AgreementType type) => type switch
    {
        AgreementType.TerminationBeforeSampling => "R-03 终止合同协议书（样本采集前）",
        AgreementType.TerminationAfterSampling => "R-04 终止合同协议书（样本采集后）",
        AgreementType.StorageChange => "储存项目变更协议",
        AgreementType.NoticeLetter => "告知函",
    };

    /// <summary>The part of the agreement number that names its type.</summary>
    public static string Code(AgreementType type) => type switch
    {
        AgreementType.TerminationBeforeSampling => "R03",
        AgreementType.TerminationAfterSampling => "R04",
        AgreementType.StorageChange => "BG",
        AgreementType.NoticeLetter => "GZ",
    };

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "草稿",
        AgreementStatus.PendingSignature => "待签署",
        AgreementStatus.Signed => "已签署",
        AgreementStatus.InReview => "客服审核中",
        AgreementStatus.Effective => "已生效",
        AgreementStatus.Revoked => "已撤销",
    };

    public static string Of(AgreementSigning signing) => signing switch
    {
        AgreementSigning.Electronic => "电子协议",
        AgreementSigning.Paper => "纸质协议",
    };

    public static string Of(StorageChangeKind kind) => kind switch
    {
        StorageChangeKind.ThreeToTwo => "三存改双存",
        StorageChangeKind.ThreeToOne => "三存改单存",
        StorageChangeKind.TwoToOne => "双存改单存",
    };

    public static string Of(StorageItem item) => item switch
    {
        StorageItem.CordBlood => "脐带血",
        StorageItem.Cord => "脐带",
        StorageItem.Placenta => "胎盘",
    };
}
