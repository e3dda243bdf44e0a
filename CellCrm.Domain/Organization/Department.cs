using CellCrm.Domain.Common;

namespace CellCrm.Domain.Organization;

/// <summary>A node of the organisation tree. <see cref="Path"/> lists the ids from the root down to this node
/// ("/id/id/"), so a subtree is one prefix match.</summary>
public class Department : AggregateRoot
{
    public const int NameMaxLength = 50;

    private Department()
    {
        Name = "";
        Path = "";
    }

    private Department(string name, Department? parent, int sortOrder)
    {
        Name = Guard.Required(name, "部门名称", NameMaxLength, nameof(Name));
        ParentId = parent?.Id;
        Path = (parent?.Path ?? "/") + Id.ToString("N") + "/";
        SortOrder = sortOrder;
    }

    public string Name { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Path { get; private set; }

    public Guid? LeaderId { get; private set; }

    public int SortOrder { get; private set; }

    public int Depth => Path.Count(c => c == '/') - 2;

    public static Department CreateRoot(string name) => new(name, null, 0);

    public Department AddChild(string name, int sortOrder = 0) => new(name, this, sortOrder);

    public void Rename(string name) => Name = Guard.Required(name, "部门名称", NameMaxLength, nameof(Name));

    /// <summary>Seeding and migration only: sets the leader without the checks of <see cref="AppointLeader"/>.</summary>
    public void AssignLeader(Guid? staffId) => LeaderId = staffId;

    /// <summary>Appoints the department's leader: an active staff member of this department or of one above it
    /// (a regional manager may lead a team directly).</summary>
    public void AppointLeader(StaffMember staff, Department staffDepartment)
    {
        if (staffDepartment.Id != staff.DepartmentId)
        {
            throw new DomainException("员工所在部门不符", nameof(LeaderId));
        }

        if (!staff.IsActive)
        {
            throw new DomainException("已停用的员工不能担任负责人", nameof(LeaderId));
        }

        if (staffDepartment.Id != Id && !staffDepartment.IsAncestorOf(this))
        {
            throw new DomainException("负责人必须是本部门或上级部门的员工", nameof(LeaderId));
        }

        LeaderId = staff.Id;
    }

    public void ClearLeader() => LeaderId = null;

    /// <summary>A department can go only when nothing hangs on it any more; the message says what is left.</summary>
    public void EnsureCanDelete(DepartmentContents contents)
    {
        if (ParentId is null)
        {
            throw new DomainException("不能删除根部门");
        }

        if (contents.IsEmpty)
        {
            return;
        }

        var left = new List<string>();
        if (contents.StaffCount > 0)
        {
            left.Add($"{contents.StaffCount}名员工");
        }

        if (contents.CustomerCount > 0)
        {
            left.Add($"{contents.CustomerCount}个客户");
        }

        if (contents.ChildCount > 0)
        {
            left.Add($"{contents.ChildCount}个下级部门");
        }

        throw new DomainException($"部门下还有{string.Join("、", left)}，请先转移后再删除");
    }

    public bool IsAncestorOf(Department other) => other.Id != Id && other.Path.StartsWith(Path, StringComparison.Ordinal);

    /// <summary>Moves this department (and so its subtree) under <paramref name="newParent"/>. The caller then calls
    /// <see cref="RebaseUnder"/> on every descendant with the old path.</summary>
    public void MoveUnder(Department newParent)
    {
        if (newParent.Id == Id || IsAncestorOf(newParent))
        {
            throw new DomainException("不能把部门移动到它自己或它的下级部门之下", nameof(ParentId));
        }

        ParentId = newParent.Id;
        Path = newParent.Path + Id.ToString("N") + "/";
    }

    /// <summary>Rewrites a descendant's path after one of its ancestors moved.</summary>
    public void RebaseUnder(string oldAncestorPath, string newAncestorPath)
    {
        if (!Path.StartsWith(oldAncestorPath, StringComparison.Ordinal))
        {
            throw new DomainException("部门不在被移动的部门之下");
        }

        Path = newAncestorPath + Path[oldAncestorPath.Length..];
    }
}
