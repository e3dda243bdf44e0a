namespace CellCrm.Domain.Documents;

/// <summary>A digitally signed PDF with the evidence of what was signed: the SHA-256 of the document before
/// signing and of the signed file, the signing instant and the certificate used.</summary>
public sealed record SignedPdf(byte[] Bytes, string Sha256BeforeHex, string Sha256AfterHex, DateTimeOffset SignedAt,
    string CertificateSubject, string CertificateThumbprint);
