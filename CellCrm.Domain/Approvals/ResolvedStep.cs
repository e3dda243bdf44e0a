namespace CellCrm.Domain.Approvals;

/// <summary>A flow step with its approvers found (any one of them decides).</summary>
public sealed record ResolvedStep(string Name, IReadOnlyList<StaffRef> Approvers);
