using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Services.Admin;

/// <summary>What the staff form says about a staff member (the password only on creation).</summary>
public sealed record StaffDraft(
    string UserName, string Name, string? Mobile, string? Title, Guid DepartmentId, DataScope? DataScope, IReadOnlyList<string> Roles);
