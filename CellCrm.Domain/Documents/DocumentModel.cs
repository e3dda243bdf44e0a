namespace CellCrm.Domain.Documents;

/// <summary>A document to print as PDF (问卷, 合同, 协议, 交接表): a title and blocks in reading order.</summary>
public sealed record DocumentModel(string Title, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>Printed small under the title, e.g. the business number and template version.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The signature field over which the company seal (公章) is printed; null for no seal.</summary>
    public string? SealFieldName { get; init; }
}
