namespace CellCrm.Domain.Agreements;

/// <summary>What the staff member chooses on 新建补充协议; the domain derives the <see cref="AgreementType"/> (a
/// termination is depending on whether the sample was collected).</summary>
public enum AgreementPurpose
{
    /// <summary>终止合同.</summary>
    Termination = 0,

    /// <summary>变更存储项目.</summary>
    StorageChange = 1,

    /// <summary>告知函.</summary>
    NoticeLetter = 2,
}
