namespace CellCrm.Domain.Contracts;

/// <summary>What an admin fills in for a market policy; <see cref="MarketPolicy"/> validates it.</summary>
public sealed record PolicyTerms(
    string Code,
    string Name,
    PolicyKind Kind,
    string? Description,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    DiscountKind DiscountKind,
    int? PercentOff,
    long? AmountOffFen,
    long? FloorPriceFen,
    bool RequiresApplication,
    IReadOnlyCollection<Guid> ProductIds);
