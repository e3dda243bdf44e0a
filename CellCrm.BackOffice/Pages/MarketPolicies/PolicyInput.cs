using System.ComponentModel.DataAnnotations;
using CellCrm.Domain.Contracts;

namespace CellCrm.BackOffice.Pages.MarketPolicies;

/// <summary>The market policy form; amounts in yuan as typed, converted to fen exactly.</summary>
public sealed class PolicyInput
{
    public int Version { get; set; }

    [Required(ErrorMessage = "请填写政策编号")]
    [StringLength(MarketPolicy.CodeMaxLength, ErrorMessage = "政策编号不能超过{1}个字符")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "请填写政策名称")]
    [StringLength(MarketPolicy.NameMaxLength, ErrorMessage = "政策名称不能超过{1}个字符")]
    public string? Name { get; set; }

    public PolicyKind Kind { get; set; } = PolicyKind.Ordinary;

    [StringLength(MarketPolicy.DescriptionMaxLength, ErrorMessage = "优惠政策说明不能超过{1}个字符")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "请填写生效日期")]
    public DateOnly? ValidFrom { get; set; }

    [Required(ErrorMessage = "请填写失效日期")]
    public DateOnly? ValidTo { get; set; }

    public DiscountKind DiscountKind { get; set; } = DiscountKind.Percentage;

    public int? PercentOff { get; set; }

    public string? AmountOff { get; set; }

    public string? FloorPrice { get; set; }

    public bool RequiresApplication { get; set; }

    public List<Guid> ProductIds { get; set; } = [];

    public PolicyTerms ToTerms() => new(Code ?? "", Name ?? "", Kind, Description, ValidFrom ?? default, ValidTo ?? default, DiscountKind,
        PercentOff, Money.ParseYuan(AmountOff), Money.ParseYuan(FloorPrice), RequiresApplication || MarketPolicy.KindRequiresApplication(Kind), ProductIds);

    public static PolicyInput From(MarketPolicy p) => new()
    {
        Version = p.Version, Code = p.Code, Name = p.Name, Kind = p.Kind, Description = p.Description, ValidFrom = p.ValidFrom, ValidTo = p.ValidTo,
        DiscountKind = p.DiscountKind, PercentOff = p.PercentOff,
        AmountOff = p.AmountOffFen is { } a ? Money.Yuan(a).Replace(",", "", StringComparison.Ordinal) : null,
        FloorPrice = p.FloorPriceFen is { } f ? Money.Yuan(f).Replace(",", "", StringComparison.Ordinal) : null,
        RequiresApplication = p.RequiresApplication, ProductIds = p.Products.Select(x => x.ProductId).ToList(),
    };
}
