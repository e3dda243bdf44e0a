using System.Security.Cryptography;
using CellCrm.Domain.Documents;
using CellCrm.Infrastructure.Pdf;
using CellCrm.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Tests.Pdf;

public class PdfSignerTests(PdfFixture pdf) : IClassFixture<PdfFixture>
{
    [Fact]
    public async Task Sign_RenderedDocument_PdfsigReportsAValidPadesSignature()
    {
        var rendered = Render();

        var signed = await pdf.Signer.SignAsync(rendered.Bytes, "健康调查问卷 签署", TestContext.Current.CancellationToken);

        var report = await Poppler.SignaturesAsync(signed.Bytes);
        Assert.Contains("Signature is Valid", report);
        Assert.Contains("ETSI.CAdES.detached", report);
        Assert.Contains("SHA-256", report);
        Assert.Contains("测试细胞科技有限公司", report);
        Assert.Equal(rendered.Sha256Hex, signed.Sha256BeforeHex);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(signed.Bytes)), signed.Sha256AfterHex);
        Assert.NotEqual(signed.Sha256BeforeHex, signed.Sha256AfterHex);
        Assert.Equal(pdf.Certificate.Certificate.Thumbprint, signed.CertificateThumbprint);
        // Signing adds to the document; the text and the handwriting are still there.
        Assert.Contains("健康调查问卷", await Poppler.TextAsync(signed.Bytes));
    }

    [Fact]
    public async Task Sign_OneFlippedByte_PdfsigReportsTheSignatureInvalid()
    {
        var signed = await pdf.Signer.SignAsync(Render().Bytes, "健康调查问卷 签署", TestContext.Current.CancellationToken);
        var tampered = (byte[])signed.Bytes.Clone();
        // A byte inside the first content stream: the file still parses, only what it says has changed.
        var stream = tampered.AsSpan().IndexOf("stream\n"u8);
        tampered[stream + 40] ^= 0x01;

        var report = await Poppler.SignaturesAsync(tampered);

        Assert.DoesNotContain("Signature is Valid", report);
        Assert.True(report.Contains("Signature is Invalid") || report.Contains("Digest Mismatch"), report);
    }

    [Fact]
    public async Task Sign_NotAPdf_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            pdf.Signer.SignAsync("MZ this is no pdf"u8.ToArray(), "签署", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void CompanyCertificate_Generated_IsPersistedAndReusedByTheNextStart()
    {
        var first = pdf.Certificate.Certificate;
        var path = Path.Combine(pdf.ContentRoot, "App_Data", "keys", "company-signing.pfx");
        Assert.True(File.Exists(path));

        var again = new CompanyCertificate(Options.Create(new PdfOptions { CompanyName = "测试细胞科技有限公司" }),
            pdf.ContentRoot, TimeProvider.System, NullLogger<CompanyCertificate>.Instance);

        Assert.Equal(first.Thumbprint, again.Certificate.Thumbprint);
        Assert.True(again.Certificate.HasPrivateKey);
        Assert.Contains("测试细胞科技有限公司", first.Subject);
    }

    private RenderedPdf Render() => pdf.Renderer.Render(SampleDocuments.Questionnaire(),
        [new SignatureStamp("customer", SignaturePngs.Stroke(), "张三丰", DateTimeOffset.UtcNow)]);
}
