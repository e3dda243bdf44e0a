namespace CellCrm.Portal.Services.Demands;

/// <summary>One line of 我的需求.</summary>
public sealed record PortalDemandRow(Guid Id, string Number, bool IsRecipient, string Status, DateTimeOffset CreatedAt);
