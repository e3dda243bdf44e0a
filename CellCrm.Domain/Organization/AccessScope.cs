namespace CellCrm.Domain.Organization;

/// <summary>What one signed-in staff member may see, resolved once per request from their roles and department.
/// Every per-record check and every list filter goes through <see cref="Covers"/> / the same three cases.</summary>
public sealed class AccessScope
{
    public AccessScope(Guid staffId, DataScope level, IEnumerable<Guid> departmentSubtree, IEnumerable<Guid>? sharedCustomerIds = null)
    {
        StaffId = staffId;
        Level = level;
        DepartmentIds = departmentSubtree.ToHashSet();
        SharedCustomerIds = (sharedCustomerIds ?? []).ToHashSet();
    }

    public Guid StaffId { get; }

    public DataScope Level { get; }

    /// <summary>The staff member's department and all departments below it.</summary>
    public IReadOnlySet<Guid> DepartmentIds { get; }

    /// <summary>Customers shared to this staff member for a while (cross-department share).</summary>
    public IReadOnlySet<Guid> SharedCustomerIds { get; }

    public bool Covers(Guid recordId, Guid? ownerId, Guid? departmentId) => Level switch
    {
        DataScope.All => true,
        DataScope.DepartmentSubtree => ownerId == StaffId
            || (departmentId is { } d && DepartmentIds.Contains(d))
            || SharedCustomerIds.Contains(recordId),
        DataScope.Own => ownerId == StaffId || SharedCustomerIds.Contains(recordId),
    };
}
