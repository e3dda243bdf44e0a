namespace CellCrm.Domain.Signing;

/// <summary>What a signable document is (seed 000 §4.7, §6.4): every kind goes through the same signing pipeline.</summary>
public enum SignableDocumentKind
{
    /// <summary>合同 (electronic contract).</summary>
    Contract = 0,

    /// <summary>R-03 终止协议（采样前）.</summary>
    TerminationBeforeSampling = 1,

    /// <summary>R-04 终止协议（采样后）.</summary>
    TerminationAfterSampling = 2,

    /// <summary>储存项目变更协议.</summary>
    StorageChange = 3,

    /// <summary>告知函.</summary>
    NoticeLetter = 4,

    /// <summary>细胞提取申请单.</summary>
    CellExtractionApplication = 5,

    /// <summary>细胞交接表.</summary>
    CellHandoverForm = 6,
}
