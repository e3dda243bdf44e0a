using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;

namespace CellCrm.Domain.Agreements;

/// <summary>How a contract's lines express its storage items: each stem-cell product names its source tissue first
/// (catalogue §6.2: “脐带间充质…”, “胎盘间充质…”, “脐血单个核…”), so a line belongs to the item its product name
/// starts with; 三存 is a contract whose lines cover all three items, 双存 two, 单存 one. Lines of other products
/// (immune cells, services) are no storage item and a storage change keeps them.</summary>
public static class StorageItems
{
    /// <summary>The storage item of a product, or null when the product stores no newborn stem cells.</summary>
    public static StorageItem? Of(string productName)
    {
        var name = productName.Trim();
        // 脐血/脐带血 before 脐带: “脐带血” starts with “脐带”.
        if (name.StartsWith("脐血", StringComparison.Ordinal) || name.StartsWith("脐带血", StringComparison.Ordinal))
        {
            return StorageItem.CordBlood;
        }

        if (name.StartsWith("脐带", StringComparison.Ordinal))
        {
            return StorageItem.Cord;
        }

        return name.StartsWith("胎盘", StringComparison.Ordinal) ? StorageItem.Placenta : null;
    }

    /// <summary>The storage items a contract's lines cover.</summary>
    public static IReadOnlySet<StorageItem> Of(IEnumerable<ContractLine> lines) =>
        lines.Select(l => Of(l.ProductName)).OfType<StorageItem>().ToHashSet();

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/> items, refused unless it is one
    /// of the three the manual allows.</summary>
    public static StorageChangeKind ChangeKind(IReadOnlySet<StorageItem> before, IReadOnlySet<StorageItem> after)
    {
        if (before.Count < 2)
        {
            throw new DomainException(
                $"该合同为{Count(before.Count)}，变更存储项目仅支持干细胞三存改双存、三存改单存、双存改单存", "KeptItems");
        }

        if (!after.IsSubsetOf(before))
        {
            throw new DomainException("变更存储项目只能保留原合同中的存储项目，不能新增", "KeptItems");
        }

        return (before.Count, after.Count) switch
        {
            (3, 2) => StorageChangeKind.ThreeToTwo,
            (3, 1) => StorageChangeKind.ThreeToOne,
            (2, 1) => StorageChangeKind.TwoToOne,
            (_, 0) => throw new DomainException("变更后至少保留一项存储项目；全部取消请办理终止协议", "KeptItems"),
            (var b, var a) when a == b => throw new DomainException("请选择要取消的存储项目，变更后与原合同相同", "KeptItems"),
            (var b, var a) => throw new DomainException(
                $"变更存储项目仅支持干细胞三存改双存、三存改单存、双存改单存，不能{Count(b)}改{Count(a)}", "KeptItems"),
        };
    }

    public static string Count(int items) => items switch
    {
        0 => "无存储项目",
        1 => "单存",
        2 => "双存",
        3 => "三存",
        _ => $"{items}存",
    };
}
