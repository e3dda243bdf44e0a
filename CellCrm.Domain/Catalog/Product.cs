using CellCrm.Domain.Common;

namespace CellCrm.Domain.Catalog;

/// <summary>A product of the catalogue (§6.2): what a contract line sells and what a release is planned for.
/// Reference data: the rule texts are shown as written; the release timetable logic arrives with releases.</summary>
public class Product : AggregateRoot
{
    public const int CodeMaxLength = 30;
    public const int NameMaxLength = 60;
    public const int TextMaxLength = 200;

    private Product()
    {
        Code = "";
        Name = "";
        CellType = "";
    }

    public Product(string code, ProductType type, string name, string cellType, string? cellAmount,
        string? extractionApprovalRule, string? preparationRule, string? releaseRule, string? notes)
    {
        Code = Guard.Required(code, "产品编码", CodeMaxLength, nameof(Code));
        Name = "";
        CellType = "";
        Describe(type, name, cellType, cellAmount, extractionApprovalRule, preparationRule, releaseRule, notes);
        IsActive = true;
    }

    public string Code { get; private set; }

    public ProductType Type { get; private set; }

    public string Name { get; private set; }

    public string CellType { get; private set; }

    public string? CellAmount { get; private set; }

    public string? ExtractionApprovalRule { get; private set; }

    public string? PreparationRule { get; private set; }

    public string? ReleaseRule { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>List price in fen; set when contracts and pricing arrive.</summary>
    public long? ListPriceFen { get; private set; }

    public bool IsActive { get; private set; }

    public static string Label(ProductType type) => type switch
    {
        ProductType.StemCell => "干细胞",
        ProductType.ImmuneCell => "免疫细胞",
        ProductType.Storage => "储存",
        ProductType.Prepayment => "预付款",
    };

    /// <summary>Changes what the product is (§6.2 columns); the code stays, contracts refer to it.</summary>
    public void Describe(ProductType type, string name, string cellType, string? cellAmount,
        string? extractionApprovalRule, string? preparationRule, string? releaseRule, string? notes)
    {
        if (!Enum.IsDefined(type))
        {
            throw new DomainException("请选择产品类型", nameof(Type));
        }

        Type = type;
        Name = Guard.Required(name, "产品名", NameMaxLength, nameof(Name));
        CellType = Guard.Required(cellType, "细胞类型", NameMaxLength, nameof(CellType));
        CellAmount = Guard.Optional(cellAmount, "细胞量", NameMaxLength, nameof(CellAmount));
        ExtractionApprovalRule = Guard.Optional(extractionApprovalRule, "提取单审批流程时间", TextMaxLength, nameof(ExtractionApprovalRule));
        PreparationRule = Guard.Optional(preparationRule, "制备时间", TextMaxLength, nameof(PreparationRule));
        ReleaseRule = Guard.Optional(releaseRule, "发放时间", TextMaxLength, nameof(ReleaseRule));
        Notes = Guard.Optional(notes, "备注", TextMaxLength * 2, nameof(Notes));
    }

    /// <summary>Sets the list price; a product without a price is "未定价" (§6.2 note 2) and cannot be sold yet,
    /// but a price, once given, must be positive.</summary>
    public void SetListPrice(long? fen)
    {
        if (fen is <= 0)
        {
            throw new DomainException("价格必须大于0", nameof(ListPriceFen));
        }

        ListPriceFen = fen;
    }

    /// <summary>上架: an active product can be chosen on new contracts.</summary>
    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException("该产品已是上架状态");
        }

        IsActive = true;
    }

    /// <summary>下架: existing contracts keep it; new ones cannot choose it.</summary>
    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException("该产品已是下架状态");
        }

        IsActive = false;
    }
}
