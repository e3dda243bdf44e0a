namespace CellCrm.Portal.Pages.Demands;

/// <summary>What <c>_ReportItem.cshtml</c> shows of one report.</summary>
public sealed record ReportItemView(Guid DemandListId, string Id, string Name, string Size, string Kind, string Url, bool Removable);
