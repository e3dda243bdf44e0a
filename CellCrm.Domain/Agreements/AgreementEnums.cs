namespace CellCrm.Domain.Agreements;

/// <summary>补充协议类型 (seed 000 §4.8).</summary>
public enum AgreementType
{
    /// <summary>R-03 终止合同协议书（样本采集前）.</summary>
    TerminationBeforeSampling = 0,

    /// <summary>R-04 终止合同协议书（样本采集后）.</summary>
    TerminationAfterSampling = 1,

    /// <summary>储存项目变更协议: only 三存改双存, 三存改单存, 双存改单存.</summary>
    StorageChange = 2,

    /// <summary>告知函: informs the customer; changes nothing on the contract.</summary>
    NoticeLetter = 3,
}

/// <summary>补充协议状态: 草稿 → 待签署 → 已签署 → 客服审核中 → 已生效, or 已撤销 before it takes effect.</summary>
public enum AgreementStatus
{
    Draft = 0,
    PendingSignature = 1,
    Signed = 2,
    InReview = 3,
    Effective = 4,
    Revoked = 5,
}

/// <summary>协议签署方式 (seed 000 §6.4 "协议类型 电子协议 / 纸质协议").</summary>
public enum AgreementSigning
{
    /// <summary>电子协议: pushed to the customer and signed in WeChat.</summary>
    Electronic = 0,

    /// <summary>纸质协议: signed on paper; the scan is uploaded instead.</summary>
    Paper = 1,
}

/// <summary>The storage changes the manual allows (“仅支持干细胞三存改双存、三存改单存、双存改单存”).</summary>
public enum StorageChangeKind
{
    ThreeToTwo = 0,
    ThreeToOne = 1,
    TwoToOne = 2,
}

/// <summary>A stem-cell storage item of a newborn contract: the tissue the cells come from.</summary>
public enum StorageItem
{
    /// <summary>脐带血 (脐血).</summary>
    CordBlood = 0,

    /// <summary>脐带.</summary>
    Cord = 1,

    /// <summary>胎盘.</summary>
    Placenta = 2,
}
