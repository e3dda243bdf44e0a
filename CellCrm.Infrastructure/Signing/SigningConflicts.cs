using CellCrm.Infrastructure.Persistence.Configurations;

namespace CellCrm.Infrastructure.Signing;

/// <summary>Unique indexes only a concurrent signature of the same signer can break (as MySQL and SQLite name them).</summary>
internal static class SigningConflicts
{
    public static readonly string[] Markers = [SignatureEvidenceConfiguration.OneSignaturePerSigner, "SignatureEvidence.DocumentId"];
}
