using CellCrm.Domain.Common;
using CellCrm.Domain.Health;
using CellCrm.Domain.Signing;
using CellCrm.Testing;
using static CellCrm.Domain.Tests.Signing.SignableDocumentBuilder;

namespace CellCrm.Domain.Tests.Signing;

public class SignableDocumentTests
{
    private static readonly SignatureImage Ink = SignatureImage.FromPng(SignaturePngs.Stroke());
    private readonly Guid _storer = Guid.CreateVersion7();
    private readonly Guid _guardian = Guid.CreateVersion7();

    [Fact]
    public void New_IsWaitingForGeneration_WithSignersInOrder()
    {
        var document = Created(_storer, _guardian);

        Assert.Equal(SignableDocumentStatus.Pending, document.Status);
        Assert.Equal(_storer, document.CustomerId);
        Assert.Equal([1, 2], document.Signers.Select(s => s.Order));
        Assert.Equal(_storer, document.CurrentSigner!.CustomerId);
        Assert.Equal("文件尚未生成，请稍后再试", Assert.Throws<DomainException>(() => document.EnsureMaySign(_storer)).Message);
    }

    [Fact]
    public void MarkGenerated_MovesToAwaitingSignature_AndTwiceIsRefused()
    {
        var document = Created(_storer);
        var file = Guid.CreateVersion7();

        document.MarkGenerated(file, Sha('A'), Now);

        Assert.Equal(SignableDocumentStatus.AwaitingSignature, document.Status);
        Assert.Equal(file, document.CurrentFileId);
        Assert.Equal(Sha('a'), document.UnsignedSha256);
        Assert.Throws<DomainException>(() => document.MarkGenerated(Guid.CreateVersion7(), Sha('b'), Now));
    }

    [Fact]
    public void Sign_ByTheOnlySigner_CompletesTheDocument_WithEvidence()
    {
        var document = Generated(_storer);
        var input = Input(Sha('a'), Sha('b'));

        var complete = document.Sign(_storer, Ink, input);

        Assert.True(complete);
        Assert.Equal(SignableDocumentStatus.Signed, document.Status);
        Assert.Equal(input.SignedFileId, document.SignedFileId);
        Assert.Equal(Sha('b'), document.SignedSha256);
        Assert.Equal(input.SignedAt, document.SignedAt);
        var evidence = Assert.Single(document.Evidence);
        Assert.Equal(("张晓梅", "110***********1234", "openid-1", "10.0.0.8"), (evidence.SignerName, evidence.MaskedIdNumber, evidence.OpenId, evidence.IpAddress));
        Assert.Equal((Sha('a'), Sha('b')), (evidence.HashBefore, evidence.HashAfter));
        Assert.Equal(("contract-cellhealth", 1), (evidence.TemplateCode, evidence.TemplateVersion));
        Assert.Equal(Ink.InkPixels, evidence.InkPixels);
    }

    [Fact]
    public void Sign_Twice_IsRefused_AndTheSignedPdfIsNotReplaced()
    {
        var document = Generated(_storer);
        document.Sign(_storer, Ink, Input(Sha('a'), Sha('b')));
        var signedFile = document.SignedFileId;

        var again = Assert.Throws<DomainException>(() => document.Sign(_storer, Ink, Input(Sha('b'), Sha('c'))));

        Assert.Equal("文件已签署，无需重复签署", again.Message);
        Assert.Equal(signedFile, document.SignedFileId);
        Assert.Equal(Sha('b'), document.SignedSha256);
        Assert.Single(document.Evidence);
    }

    [Fact]
    public void Sign_InOrder_GuardianWaitsForTheStorer_ThenCompletes()
    {
        var document = Generated(_storer, _guardian);

        var early = Assert.Throws<DomainException>(() => document.Sign(_guardian, Ink, Input(Sha('a'), Sha('b'))));
        Assert.Equal("请等待存储人先签署", early.Message);

        Assert.False(document.Sign(_storer, Ink, Input(Sha('a'), Sha('b'))));
        Assert.Equal(SignableDocumentStatus.AwaitingSignature, document.Status);
        Assert.Null(document.SignedFileId);
        Assert.Equal(Sha('b'), document.CurrentSha256);
        Assert.Equal("文件已签署，无需重复签署", Assert.Throws<DomainException>(() => document.EnsureMaySign(_storer)).Message);

        Assert.True(document.Sign(_guardian, Ink, Input(Sha('b'), Sha('c'), "李建国")));
        Assert.Equal(SignableDocumentStatus.Signed, document.Status);
        Assert.Equal([1, 2], document.Evidence.Select(e => e.SignerOrder));
        Assert.Equal(Sha('c'), document.SignedSha256);
    }

    [Fact]
    public void Sign_OnAFileOtherThanTheOneShown_IsRefused()
    {
        var document = Generated(_storer, _guardian);
        document.Sign(_storer, Ink, Input(Sha('a'), Sha('b')));

        // The guardian's page was opened before the storer signed: it shows the old file.
        var stale = Assert.Throws<DomainException>(() => document.Sign(_guardian, Ink, Input(Sha('a'), Sha('c'))));

        Assert.Equal("文件已更新，请刷新后重新签署", stale.Message);
        Assert.Single(document.Evidence);
    }

    [Fact]
    public void Sign_BySomeoneNotASigner_IsRefused()
    {
        var document = Generated(_storer);

        var other = Assert.Throws<DomainException>(() => document.Sign(Guid.CreateVersion7(), Ink, Input(Sha('a'), Sha('b'))));

        Assert.Equal("该文件不属于您", other.Message);
        Assert.Empty(document.Evidence);
    }

    [Fact]
    public void BlankSignature_IsRefusedBeforeAnythingIsSigned()
    {
        var blank = Assert.Throws<DomainException>(() => SignatureImage.FromPng(SignaturePngs.Blank()));
        var dot = Assert.Throws<DomainException>(() => SignatureImage.FromPng(SignaturePngs.Dot()));

        Assert.Equal("签名为空，请先签名，后提交", blank.Message);
        Assert.Equal("签名为空，请先签名，后提交", dot.Message);
    }

    [Fact]
    public void Void_BeforeSigning_StopsSigning_ButASignedDocumentCannotBeVoided()
    {
        var open = Generated(_storer);
        open.Void("合同已撤回修改", Now);
        Assert.Equal(SignableDocumentStatus.Voided, open.Status);
        Assert.Equal("合同已撤回修改，该文件已作废，无需签署", Assert.Throws<DomainException>(() => open.EnsureMaySign(_storer)).Message);

        var signed = Generated(_storer);
        signed.Sign(_storer, Ink, Input(Sha('a'), Sha('b')));
        Assert.Equal("文件已签署，不能作废", Assert.Throws<DomainException>(() => signed.Void("撤回", Now)).Message);
        Assert.Equal(SignableDocumentStatus.Signed, signed.Status);
    }

    [Fact]
    public void New_WithoutSignersOrWithSharedFields_IsRefused()
    {
        var subject = new SigningSubject("Contract", Guid.CreateVersion7());

        Assert.Throws<DomainException>(() => new SignableDocument(SignableDocumentKind.Contract, subject, "合同", "contract-cellhealth", 1, "{}", [], null, Now));
        Assert.Equal("每位签署人须有各自的签名位置", Assert.Throws<DomainException>(() => new SignableDocument(SignableDocumentKind.Contract, subject, "合同",
            "contract-cellhealth", 1, "{}", [new(_storer, "存储人", "customer"), new(_guardian, "监护人", "customer")], null, Now)).Message);
    }
}
