namespace CellCrm.Domain.Documents;

/// <summary>A handwritten signature (PNG from the signing canvas) to draw in the field named
/// <paramref name="FieldName"/>, with the signer's verified name and the signing time printed under it.</summary>
public sealed record SignatureStamp(string FieldName, byte[] ImagePng, string SignerName, DateTimeOffset SignedAt);
