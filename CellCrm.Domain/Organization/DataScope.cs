namespace CellCrm.Domain.Organization;

/// <summary>Which records a staff member may see (SPEC §1): an advisor their own, a leader the department subtree,
/// central roles everything.</summary>
public enum DataScope
{
    Own = 0,
    DepartmentSubtree = 1,
    All = 2,
}
