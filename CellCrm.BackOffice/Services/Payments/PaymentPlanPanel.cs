using CellCrm.Infrastructure.Payments;

namespace CellCrm.BackOffice.Services.Payments;

/// <summary>The 回款计划 panel of the contract page: the plan with its allocation, whether the viewer may change it
/// (or why not) and whether the viewer may send a link for a line.</summary>
public sealed record PaymentPlanPanel(Guid ContractId, Guid CustomerId, long ContractAmountFen, PaymentPlanView Plan, string? EditRefusal,
    bool CanCollect, PlanEditorForm Editor);
