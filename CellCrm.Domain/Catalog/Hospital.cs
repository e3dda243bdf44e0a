using CellCrm.Domain.Common;

namespace CellCrm.Domain.Catalog;

/// <summary>医院档案: a hospital the bank works with (signing hospital, payment splits).</summary>
public class Hospital : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int CityMaxLength = 30;
    public const int DepartmentsMaxLength = 500;

    private Hospital()
    {
        Name = "";
        City = "";
    }

    public Hospital(string name, string city, string? region, string? departments = null)
    {
        Name = "";
        City = "";
        Update(name, city, region, departments);
        IsActive = true;
    }

    public string Name { get; private set; }

    public string City { get; private set; }

    public string? Region { get; private set; }

    /// <summary>The hospital's departments (科室) the bank works with, as written by the admin.</summary>
    public string? Departments { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(string name, string city, string? region, string? departments)
    {
        Name = Guard.Required(name, "医院名称", NameMaxLength, nameof(Name));
        City = Guard.Required(city, "城市", CityMaxLength, nameof(City));
        Region = Guard.Optional(region, "区域", CityMaxLength, nameof(Region));
        Departments = Guard.Optional(departments, "科室", DepartmentsMaxLength, nameof(Departments));
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException("该医院已是启用状态");
        }

        IsActive = true;
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException("该医院已是停用状态");
        }

        IsActive = false;
    }
}
