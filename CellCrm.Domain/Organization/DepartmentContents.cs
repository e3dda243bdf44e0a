namespace CellCrm.Domain.Organization;

/// <summary>What still belongs to a department when someone wants to delete it.</summary>
public sealed record DepartmentContents(int StaffCount, int CustomerCount, int ChildCount)
{
    public bool IsEmpty => StaffCount == 0 && CustomerCount == 0 && ChildCount == 0;
}
