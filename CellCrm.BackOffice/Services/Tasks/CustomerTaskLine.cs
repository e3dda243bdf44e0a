namespace CellCrm.BackOffice.Services.Tasks;

/// <summary>One task on the customer page, with the delivery state of each message announcing it.</summary>
public sealed record CustomerTaskLine(
    Guid Id,
    string Type,
    string Title,
    DateOnly? DueDate,
    string State,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<DeliveryLine> Deliveries);
