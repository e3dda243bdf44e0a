using CellCrm.Domain.Common;

namespace CellCrm.Domain.Contracts;

/// <summary>市场政策 (seed 000 §4.4): a discount on eligible products during a validity period. Ordinary policies
/// (开放日、慢病等活动) are picked directly on a contract; VIP, medical and staff policies need an approved 优惠申请
/// first. The rule bounds each eligible line: at most <see cref="PercentOff"/> % or <see cref="AmountOffFen"/> per
/// unit off the list price, and never below <see cref="FloorPriceFen"/> per unit.</summary>
public class MarketPolicy : AggregateRoot
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 500;

    private readonly List<MarketPolicyProduct> _products = [];

    private MarketPolicy()
    {
        Code = "";
        Name = "";
    }

    public MarketPolicy(PolicyTerms terms)
        : this()
    {
        Apply(terms);
        IsActive = true;
    }

    /// <summary>政策编号, e.g. CGZC0007.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public PolicyKind Kind { get; private set; }

    public string? Description { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>失效日期: the last day the policy may be used.</summary>
    public DateOnly ValidTo { get; private set; }

    public DiscountKind DiscountKind { get; private set; }

    /// <summary>The largest percentage off (1–100) for <see cref="DiscountKind.Percentage"/>.</summary>
    public int? PercentOff { get; private set; }

    /// <summary>The largest amount off per unit, in fen, for <see cref="DiscountKind.AmountOff"/>.</summary>
    public long? AmountOffFen { get; private set; }

    /// <summary>底价: the lowest unit price after discount, in fen; none when null.</summary>
    public long? FloorPriceFen { get; private set; }

    /// <summary>Whether a contract needs an approved 优惠申请 to use this policy (always for VIP, medical, staff).</summary>
    public bool RequiresApplication { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<MarketPolicyProduct> Products => _products.AsReadOnly();

    public static bool KindRequiresApplication(PolicyKind kind) => kind != PolicyKind.Ordinary;

    public void Update(PolicyTerms terms) => Apply(terms);

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException("该政策已是启用状态");
        }

        IsActive = true;
    }

    /// <summary>停用: contracts that already use it keep it; new contracts cannot choose it.</summary>
    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException("该政策已是停用状态");
        }

        IsActive = false;
    }

    public bool Covers(Guid productId) => _products.Any(p => p.ProductId == productId);

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && day <= ValidTo;

    /// <summary>Refuses a policy that cannot be used on <paramref name="day"/> (stopped or outside its dates).</summary>
    public void EnsureUsableOn(DateOnly day)
    {
        if (!IsActive)
        {
            throw new DomainException($"市场政策“{Name}”已停用", "MarketPolicyId");
        }

        if (!IsValidOn(day))
        {
            throw new DomainException($"市场政策“{Name}”的有效期为{ValidFrom:yyyy-MM-dd}至{ValidTo:yyyy-MM-dd}，当前不可使用", "MarketPolicyId");
        }
    }

    /// <summary>The lowest line amount the policy allows for <paramref name="quantity"/> units at
    /// <paramref name="unitListPriceFen"/> (rounded up to the fen, so the discount never exceeds the rule).</summary>
    public long MinimumLineAmount(long unitListPriceFen, int quantity)
    {
        var list = unitListPriceFen * quantity;
        var lowest = DiscountKind switch
        {
            // list × (100 − p) / 100, rounded up.
            DiscountKind.Percentage => (list * (100 - PercentOff!.Value) + 99) / 100,
            DiscountKind.AmountOff => list - (AmountOffFen!.Value * quantity),
        };
        if (FloorPriceFen is { } floor)
        {
            lowest = Math.Max(lowest, floor * quantity);
        }

        return Math.Clamp(lowest, 0, list);
    }

    private void Apply(PolicyTerms t)
    {
        Code = Guard.Required(t.Code, "政策编号", CodeMaxLength, nameof(Code));
        Name = Guard.Required(t.Name, "政策名称", NameMaxLength, nameof(Name));
        if (!Enum.IsDefined(t.Kind))
        {
            throw new DomainException("请选择政策类型", nameof(Kind));
        }

        Description = Guard.Optional(t.Description, "优惠政策说明", DescriptionMaxLength, nameof(Description));
        if (t.ValidTo < t.ValidFrom)
        {
            throw new DomainException("失效日期不能早于生效日期", nameof(ValidTo));
        }

        if (!Enum.IsDefined(t.DiscountKind))
        {
            throw new DomainException("请选择优惠方式", nameof(DiscountKind));
        }

        switch (t.DiscountKind)
        {
            case DiscountKind.Percentage:
                if (t.PercentOff is not (>= 1 and <= 100))
                {
                    throw new DomainException("优惠比例须在1%到100%之间", nameof(PercentOff));
                }

                PercentOff = t.PercentOff;
                AmountOffFen = null;
                break;
            case DiscountKind.AmountOff:
                if (t.AmountOffFen is not (> 0 and <= Money.MaxFen))
                {
                    throw new DomainException("请填写大于0的立减金额", nameof(AmountOffFen));
                }

                AmountOffFen = t.AmountOffFen;
                PercentOff = null;
                break;
        }

        if (t.FloorPriceFen is < 0 or > Money.MaxFen)
        {
            throw new DomainException("底价不能为负数", nameof(FloorPriceFen));
        }

        if (KindRequiresApplication(t.Kind) && !t.RequiresApplication)
        {
            // §4.4: 公司特殊VIP、医疗优惠、公司员工类政策需在创建合同前建立优惠申请.
            throw new DomainException($"{ContractLabels.Of(t.Kind)}政策必须先提交优惠申请", nameof(RequiresApplication));
        }

        if (t.ProductIds.Count == 0)
        {
            throw new DomainException("请选择参与产品", "ProductIds");
        }

        Kind = t.Kind;
        ValidFrom = t.ValidFrom;
        ValidTo = t.ValidTo;
        DiscountKind = t.DiscountKind;
        FloorPriceFen = t.FloorPriceFen;
        RequiresApplication = t.RequiresApplication;
        var wanted = t.ProductIds.Distinct().ToHashSet();
        _products.RemoveAll(p => !wanted.Contains(p.ProductId));
        foreach (var id in wanted.Where(id => !Covers(id)))
        {
            _products.Add(new MarketPolicyProduct(Id, id));
        }
    }
}
