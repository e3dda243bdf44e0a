namespace CellCrm.Infrastructure.RealName;

public enum FaceOutcome
{
    /// <summary>Passed and bound to the one matching customer record.</summary>
    Bound,

    /// <summary>The face check did not pass: retry or manual review.</summary>
    Failed,

    /// <summary>Passed, but no single customer record matches name + ID number + mobile: manual review.</summary>
    NoUniqueMatch,
}
