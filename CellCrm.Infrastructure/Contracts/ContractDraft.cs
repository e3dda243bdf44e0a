using CellCrm.Domain.Contracts;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>Everything the contract form submits: the basic information, the product lines (prices are taken from
/// the catalogue, never from the form),
/// the chosen policy and discount application; <see cref="RequestKey"/> identifies the form, so a double click creates
/// one contract.</summary>
public sealed record ContractDraft(ContractDetails Details, IReadOnlyList<LineRequest> Lines, Guid? MarketPolicyId, Guid? DiscountApplicationId,
    Guid? RequestKey = null);

/// <summary>One product line of the form: the amount after discount is null when the advisor gave no discount.</summary>
public sealed record LineRequest(Guid ProductId, int Quantity, long? AmountAfterFen);
