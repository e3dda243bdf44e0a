namespace CellCrm.BackOffice.Services.Admin;

public sealed record StaffListRow(
    Guid Id, string UserName, string Name, string Mobile, string Department, string Roles, string DataScope, bool IsActive, bool IsLockedOut);
