using CellCrm.Domain.Common;

namespace CellCrm.Domain.Organization;

/// <summary>A staff member as the business sees them. The sign-in account (password, roles, lockout) shares
/// this id and lives in the identity store.</summary>
public class StaffMember : AggregateRoot
{
    public const int NameMaxLength = 30;
    public const int TitleMaxLength = 30;

    private StaffMember()
    {
        Name = "";
    }

    public StaffMember(string name, Guid departmentId, string? title = null)
    {
        Name = Guard.Required(name, "姓名", NameMaxLength, nameof(Name));
        DepartmentId = departmentId;
        Title = Guard.Optional(title, "职位", TitleMaxLength, nameof(Title));
        IsActive = true;
    }

    public string Name { get; private set; }

    public Guid DepartmentId { get; private set; }

    public string? Title { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(string name, Guid departmentId, string? title)
    {
        Name = Guard.Required(name, "姓名", NameMaxLength, nameof(Name));
        DepartmentId = departmentId;
        Title = Guard.Optional(title, "职位", TitleMaxLength, nameof(Title));
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
