namespace CellCrm.Domain.Customers;

/// <summary>The choices of 意向产品 on the customer form (seed 000 §3.1, §4.1: 干细胞, 免疫细胞, and the cell
/// health services). Stored as text, so a retired choice stays readable on old records.</summary>
public static class IntendedProducts
{
    public static IReadOnlyList<string> Choices { get; } = ["干细胞", "免疫细胞", "细胞健康", "细胞储存"];
}
