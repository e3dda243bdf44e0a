namespace CellCrm.Domain.Documents;

/// <summary>Signs a finished PDF with the company certificate (one signature per document: draw handwriting and
/// seal first, sign last; signing again would invalidate the first signature).</summary>
public interface IPdfSigner
{
    /// <param name="reason">Shown by PDF readers, e.g. "细胞存储服务合同 签署".</param>
    Task<SignedPdf> SignAsync(byte[] pdf, string reason, CancellationToken ct);
}
