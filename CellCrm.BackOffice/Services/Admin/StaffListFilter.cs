namespace CellCrm.BackOffice.Services.Admin;

/// <summary>Search of the staff list: name or login name (part of it) or a whole mobile, department (with the
/// departments below it), role, active state.</summary>
public sealed record StaffListFilter(string? Keyword, Guid? DepartmentId, string? Role, bool? Active, int PageNumber);
