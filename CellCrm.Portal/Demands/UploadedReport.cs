namespace CellCrm.Portal.Demands;

/// <summary>The upload endpoint's answer: what the page adds to its list.</summary>
public sealed record UploadedReport(Guid Id, string Name, long Size, string Kind, string Url);
