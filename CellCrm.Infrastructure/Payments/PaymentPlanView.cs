using CellCrm.Domain.Payments;

namespace CellCrm.Infrastructure.Payments;

/// <summary>A contract's plan as the pages show it: each line with its allocation and the links waiting on it.</summary>
public sealed record PaymentPlanView(Guid ContractId, Guid? PlanId, int Version, IReadOnlyList<PlanLineView> Lines, string? UpdatedByName,
    DateTimeOffset? UpdatedAt)
{
    public bool Exists => PlanId is not null;

    public long TotalFen => Lines.Sum(l => l.Status.AmountFen);
}

/// <summary>One instalment: its allocation, the amount of links bound to it that wait to be paid, and what a further
/// link for it may ask.</summary>
public sealed record PlanLineView(PlanLineStatus Status, long OpenFen)
{
    public long CollectibleFen => Math.Max(0, Status.OutstandingFen - OpenFen);
}
