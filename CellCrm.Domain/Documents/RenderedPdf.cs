namespace CellCrm.Domain.Documents;

public sealed record RenderedPdf(byte[] Bytes, string Sha256Hex, int PageCount);
