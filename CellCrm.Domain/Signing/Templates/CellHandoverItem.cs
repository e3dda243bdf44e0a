namespace CellCrm.Domain.Signing.Templates;

/// <summary>One item of a 细胞交接表: what it is, its sample number, quantity and condition on handover.</summary>
public sealed record CellHandoverItem(string Name, string SampleNumber, string Quantity, string Condition);
