using CellCrm.BackOffice.Services.Admin;

namespace CellCrm.BackOffice.Pages.Admin.Staff;

/// <summary>What _StaffFields needs from the Create and Edit pages.</summary>
public interface IStaffForm
{
    StaffInput Input { get; }

    IReadOnlyList<DepartmentNode> Departments { get; }
}
