using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Catalog;

namespace CellCrm.BackOffice.Pages.Admin.Products;

/// <summary>The product form: the §6.2 columns plus the list price in yuan.</summary>
public sealed class ProductInput
{
    [Required(ErrorMessage = "请填写产品编码")]
    [StringLength(Product.CodeMaxLength, ErrorMessage = "产品编码不能超过{1}个字符")]
    public string? Code { get; set; }

    public ProductType Type { get; set; }

    [Required(ErrorMessage = "请填写产品名")]
    [StringLength(Product.NameMaxLength, ErrorMessage = "产品名不能超过{1}个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写细胞类型")]
    [StringLength(Product.NameMaxLength, ErrorMessage = "细胞类型不能超过{1}个字符")]
    public string? CellType { get; set; }

    [StringLength(Product.NameMaxLength, ErrorMessage = "细胞量不能超过{1}个字符")]
    public string? CellAmount { get; set; }

    [StringLength(Product.TextMaxLength, ErrorMessage = "提取单审批流程时间不能超过{1}个字符")]
    public string? ExtractionApprovalRule { get; set; }

    [StringLength(Product.TextMaxLength, ErrorMessage = "制备时间不能超过{1}个字符")]
    public string? PreparationRule { get; set; }

    [StringLength(Product.TextMaxLength, ErrorMessage = "发放时间不能超过{1}个字符")]
    public string? ReleaseRule { get; set; }

    [StringLength(Product.TextMaxLength * 2, ErrorMessage = "备注不能超过{1}个字符")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "请填写价格")]
    [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "价格必须大于0且不超过1亿元")]
    public decimal? PriceYuan { get; set; }

    public int Version { get; set; }

    public static ProductInput From(Product p) => new()
    {
        Code = p.Code, Type = p.Type, Name = p.Name, CellType = p.CellType, CellAmount = p.CellAmount,
        ExtractionApprovalRule = p.ExtractionApprovalRule, PreparationRule = p.PreparationRule, ReleaseRule = p.ReleaseRule,
        Notes = p.Notes, PriceYuan = p.ListPriceFen / 100m, Version = p.Version,
    };

    public void ApplyTo(Product p)
    {
        p.Describe(Type, Name ?? "", CellType ?? "", CellAmount, ExtractionApprovalRule, PreparationRule, ReleaseRule, Notes);
        p.SetListPrice(PriceYuan is { } yuan ? (long)Math.Round(yuan * 100, MidpointRounding.AwayFromZero) : null);
    }
}
