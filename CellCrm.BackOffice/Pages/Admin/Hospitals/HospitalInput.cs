using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Catalog;

namespace CellCrm.BackOffice.Pages.Admin.Hospitals;

public sealed class HospitalInput
{
    [Required(ErrorMessage = "请填写医院名称")]
    [StringLength(Hospital.NameMaxLength, ErrorMessage = "医院名称不能超过{1}个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写城市")]
    [StringLength(Hospital.CityMaxLength, ErrorMessage = "城市不能超过{1}个字符")]
    public string? City { get; set; }

    [StringLength(Hospital.CityMaxLength, ErrorMessage = "区域不能超过{1}个字符")]
    public string? Region { get; set; }

    [StringLength(Hospital.DepartmentsMaxLength, ErrorMessage = "科室不能超过{1}个字符")]
    public string? Departments { get; set; }

    public int Version { get; set; }

    public static HospitalInput From(Hospital h) => new()
    {
        Name = h.Name, City = h.City, Region = h.Region, Departments = h.Departments, Version = h.Version,
    };
}
