using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

/// <summary>家庭档案: groups the members of one family. Created when a customer with no known relatives is saved
/// (§4.1); later members join it.</summary>
public class FamilyArchive : AggregateRoot
{
    public const int NameMaxLength = 50;

    private FamilyArchive()
    {
        Name = "";
    }

    public FamilyArchive(string founderName, DateTimeOffset createdAt)
    {
        Name = Guard.Required(founderName, "家庭档案名称", NameMaxLength - 3) + "的家庭";
        CreatedAt = createdAt;
    }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, "家庭档案名称", NameMaxLength, nameof(Name));
}
