namespace CellCrm.BackOffice.Services.Admin;

/// <summary>One line of the department tree, in tree order.</summary>
public sealed record DepartmentNode(Guid Id, Guid? ParentId, string Name, int Depth, Guid? LeaderId, string? LeaderName, int StaffCount, int Version);
