using CellCrm.Domain.Common;

namespace CellCrm.Domain.Catalog;

/// <summary>医院档案: a hospital the bank works with (signing hospital, payment splits).</summary>
public class Hospital : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int CityMaxLength = 30;

    private Hospital()
    {
        Name = "";
        City = "";
    }

    public Hospital(string name, string city, string? region)
    {
        Name = Guard.Required(name, "医院名称", NameMaxLength, nameof(Name));
        City = Guard.Required(city, "城市", CityMaxLength, nameof(City));
        Region = Guard.Optional(region, "区域", CityMaxLength, nameof(Region));
        IsActive = true;
    }

    public string Name { get; private set; }

    public string City { get; private set; }

    public string? Region { get; private set; }

    public bool IsActive { get; private set; }
}
