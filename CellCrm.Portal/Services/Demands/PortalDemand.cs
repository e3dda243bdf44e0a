using CellCrm.Domain.Health;

namespace CellCrm.Portal.Services.Demands;

/// <summary>A demand list as the signed-in customer may see it: as its recipient (everything about their own
/// health) or as the donor of the cells only (what concerns the donor).</summary>
public sealed record PortalDemand(DemandList List, bool IsRecipient, string RecipientName, int? RecipientAge);
