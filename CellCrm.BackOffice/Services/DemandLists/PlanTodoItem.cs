namespace CellCrm.BackOffice.Services.DemandLists;

/// <summary>One demand list waiting for the viewer in the plan loop: "待出方案" for its expert, "待确认方案" for its
/// advisor.</summary>
public sealed record PlanTodoItem(Guid DemandListId, string Number, string RecipientName, string Label, DateTimeOffset? SubmittedAt, int Plans);
