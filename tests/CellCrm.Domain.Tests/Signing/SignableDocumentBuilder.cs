using CellCrm.Domain.Signing;
using CellCrm.Domain.Signing.Templates;

namespace CellCrm.Domain.Tests.Signing;

/// <summary>Signable documents for the tests: a contract signed by its storer, optionally with a guardian after.</summary>
internal static class SignableDocumentBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    public static SignableDocument Generated(Guid storer, Guid? guardian = null)
    {
        var document = Created(storer, guardian);
        document.MarkGenerated(Guid.CreateVersion7(), Sha('a'), Now);
        return document;
    }

    public static SignableDocument Created(Guid storer, Guid? guardian = null)
    {
        List<SignerSpec> signers = [new(storer, "存储人", SignatureFields.Customer)];
        if (guardian is { } g)
        {
            signers.Add(new SignerSpec(g, "监护人", SignatureFields.Guardian));
        }

        return new SignableDocument(SignableDocumentKind.Contract, new SigningSubject("Contract", Guid.CreateVersion7()), "细胞健康服务合同",
            "contract-cellhealth", 1, "{}", signers, Guid.CreateVersion7(), Now);
    }

    public static SignatureInput Input(string before, string after, string name = "张晓梅") =>
        new(name, "110***********1234", "openid-1", "10.0.0.8", "Mozilla/5.0 (iPhone)", Now.AddMinutes(5), before, after,
            Guid.CreateVersion7(), Guid.CreateVersion7());

    public static string Sha(char c) => new(c, 64);
}
