namespace CellCrm.Portal.Services.Tasks;

public sealed record PortalTaskItem(Guid Id, string Type, string Title, DateOnly? DueDate, string State, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt,
    string? ActionPath = null);
