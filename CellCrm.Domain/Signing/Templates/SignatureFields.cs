namespace CellCrm.Domain.Signing.Templates;

/// <summary>The names of the signature fields the templates print: the first signer's, a co-signing guardian's and
/// the company's (where the seal goes).</summary>
public static class SignatureFields
{
    public const string Customer = "customer";
    public const string Guardian = "guardian";
    public const string Company = "company";
}
