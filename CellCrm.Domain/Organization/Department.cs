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

    public void AssignLeader(Guid? staffId) => LeaderId = staffId;

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
