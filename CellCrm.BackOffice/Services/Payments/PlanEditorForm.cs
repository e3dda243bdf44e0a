using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Payments;

namespace CellCrm.BackOffice.Services.Payments;

/// <summary>The plan editor's form: the contract amount the lines must total, the plan version it edits, and the
/// lines as typed (dates yyyy-MM-dd, amounts in yuan).</summary>
public sealed class PlanEditorForm
{
    public Guid ContractId { get; init; }

    public long ContractAmountFen { get; init; }

    public int Version { get; init; }

    public List<PlanLineInput> Lines { get; init; } = [];

    /// <summary>The saved plan's lines, or one line of the whole amount due today when there is no plan yet.</summary>
    public static PlanEditorForm For(Guid contractId, long amountFen, PaymentPlanView plan, DateOnly today) => new()
    {
        ContractId = contractId,
        ContractAmountFen = amountFen,
        Version = plan.Version,
        Lines = plan.Exists
            ? [.. plan.Lines.Select(l => new PlanLineInput { DueDate = l.Status.DueDate.ToString("yyyy-MM-dd"), Amount = Plain(l.Status.AmountFen) })]
            : [new PlanLineInput { DueDate = today.ToString("yyyy-MM-dd"), Amount = Plain(amountFen) }],
    };

    private static string Plain(long fen) => Money.Yuan(fen).Replace(",", "", StringComparison.Ordinal);
}
