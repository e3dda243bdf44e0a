namespace CellCrm.Domain.Approvals;

/// <summary>Input for defining a step (admin form, seeds).</summary>
public sealed record ApprovalStepSpec(string Name, ApproverKind Kind, string? Role = null, Guid? StaffId = null, long? MinAmountFen = null);
