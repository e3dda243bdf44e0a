using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Organization;

/// <summary>A staff member as the business sees them. The sign-in account (password, roles, lockout) shares
/// this id and lives in the identity store. The mobile is personal data: stored encrypted, shown masked.</summary>
public class StaffMember : AggregateRoot
{
    public const int NameMaxLength = 30;
    public const int TitleMaxLength = 30;

    private StaffMember()
    {
        Name = "";
    }

    public StaffMember(string name, Guid departmentId, string? title = null, string? mobile = null, DataScope? dataScope = null)
    {
        Name = "";
        Apply(name, departmentId, title, mobile, dataScope);
        IsActive = true;
    }

    public string Name { get; private set; }

    public Guid DepartmentId { get; private set; }

    public string? Title { get; private set; }

    /// <summary>Mainland mobile, optional.</summary>
    public string? Mobile { get; private set; }

    /// <summary>The data scope chosen for this person; null means the widest scope of their roles (SPEC §1).</summary>
    public DataScope? DataScope { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(string name, Guid departmentId, string? title, string? mobile, DataScope? dataScope) =>
        Apply(name, departmentId, title, mobile, dataScope);

    /// <summary>A deactivated member cannot sign in; their records stay. An admin cannot deactivate themselves,
    /// so the installation never loses its last way in by accident.</summary>
    public void Deactivate(Guid byStaffId)
    {
        if (byStaffId == Id)
        {
            throw new DomainException("不能停用自己的账号");
        }

        if (!IsActive)
        {
            throw new DomainException("该员工已是停用状态");
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException("该员工已是启用状态");
        }

        IsActive = true;
    }

    private void Apply(string name, Guid departmentId, string? title, string? mobile, DataScope? dataScope)
    {
        if (departmentId == Guid.Empty)
        {
            throw new DomainException("请选择部门", nameof(DepartmentId));
        }

        string? normalized = null;
        if (!string.IsNullOrWhiteSpace(mobile))
        {
            if (MobileNumber.Validate(mobile) is { } error)
            {
                throw new DomainException(error, nameof(Mobile));
            }

            normalized = MobileNumber.Normalize(mobile);
        }

        if (dataScope is { } scope && !Enum.IsDefined(scope))
        {
            throw new DomainException("数据权限无效", nameof(DataScope));
        }

        Name = Guard.Required(name, "姓名", NameMaxLength, nameof(Name));
        DepartmentId = departmentId;
        Title = Guard.Optional(title, "职位", TitleMaxLength, nameof(Title));
        Mobile = normalized;
        DataScope = dataScope;
    }
}
