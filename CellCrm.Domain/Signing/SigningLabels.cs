namespace CellCrm.Domain.Signing;

/// <summary>The Chinese names of the signing area's values.</summary>
public static class SigningLabels
{
    public static string Of(SignableDocumentKind kind) => kind switch
    {
        SignableDocumentKind.Contract => "合同",
        SignableDocumentKind.TerminationBeforeSampling => "R-03 终止协议（采样前）",
        SignableDocumentKind.TerminationAfterSampling => "R-04 终止协议（采样后）",
        SignableDocumentKind.StorageChange => "储存项目变更协议",
        SignableDocumentKind.NoticeLetter => "告知函",
        SignableDocumentKind.CellExtractionApplication => "细胞提取申请单",
        SignableDocumentKind.CellHandoverForm => "细胞交接表",
    };

    public static string Of(SignableDocumentStatus status) => status switch
    {
        SignableDocumentStatus.Pending => "待生成",
        SignableDocumentStatus.AwaitingSignature => "待签署",
        SignableDocumentStatus.Signed => "已签署",
        SignableDocumentStatus.Voided => "已作废",
    };
}
