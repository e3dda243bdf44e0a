using System.Security.Cryptography;
using System.Text;
using System.Security.Cryptography.X509Certificates;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Files;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>Signs a PDF with the company certificate, PAdES-style: PDFsharp writes the signature dictionary and
/// reserves /Contents; this class then names the subfilter ETSI.CAdES.detached and fills /Contents with a detached
/// CMS over the /ByteRange whose signed attributes include signing-certificate-v2 (PDFsharp's own signer has no
/// signed attributes). A one-byte change anywhere in the signed ranges breaks the digest.</summary>
public sealed class PadesPdfSigner(CompanyCertificate company, IOptions<PdfOptions> options, TimeProvider clock) : IPdfSigner
{
    /// <summary>Room for the CMS (hex-encoded, so twice this in the file): a 3072-bit RSA signature with its
    /// certificate needs about 2 KB; a company certificate with an intermediate CA stays well below 8 KB.</summary>
    private const int ReservedBytes = 8 * 1024;

    private static readonly byte[] PdfSharpSubFilter = "/adbe.pkcs7.detached"u8.ToArray();
    private static readonly byte[] PadesSubFilter = "/ETSI.CAdES.detached"u8.ToArray();

    public Task<SignedPdf> SignAsync(byte[] pdf, string reason, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (FileTypeDetector.Detect(pdf) != DetectedFileType.Pdf)
        {
            throw new ArgumentException("Not a PDF document.", nameof(pdf));
        }

        var certificate = company.Certificate;
        var before = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var signedAt = clock.GetUtcNow();

        byte[] prepared;
        using (var input = new MemoryStream(pdf, writable: false))
        using (var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify))
        {
            DigitalSignatureHandler.ForDocument(document, new Placeholder(certificate.GetNameInfo(X509NameType.SimpleName, false)), new DigitalSignatureOptions
            {
                Reason = reason,
                Location = options.Value.Location,
                ContactInfo = options.Value.CompanyName,
                AppName = "CellCrm",
                Rectangle = new XRect(0, 0, 0, 0),
                PageIndex = document.PageCount - 1,
                AppearanceHandler = new NoAppearance(),
            });
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            prepared = output.ToArray();
        }

        var (holeStart, holeEnd) = FindContents(prepared);
        PatchSubFilter(prepared, holeStart);

        var signedData = new byte[prepared.Length - (holeEnd - holeStart)];
        prepared.AsSpan(0, holeStart).CopyTo(signedData);
        prepared.AsSpan(holeEnd).CopyTo(signedData.AsSpan(holeStart));
        var cms = CadesSignature.Create(signedData, certificate);
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(cms));
        if (hex.Length > holeEnd - holeStart - 2)
        {
            throw new InvalidOperationException($"The CMS signature ({cms.Length} bytes) exceeds the reserved {ReservedBytes} bytes.");
        }

        hex.CopyTo(prepared, holeStart + 1);
        var after = Convert.ToHexStringLower(SHA256.HashData(prepared));
        return Task.FromResult(new SignedPdf(prepared, before, after, signedAt, certificate.Subject, certificate.Thumbprint));
    }

    /// <summary>The /Contents hole from the last /ByteRange [0 a b c]: bytes a..b are "&lt;hex…&gt;".</summary>
    private static (int Start, int End) FindContents(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("/ByteRange"u8);
        if (at < 0)
        {
            throw new InvalidOperationException("PDFsharp wrote no /ByteRange.");
        }

        var open = Array.IndexOf(pdf, (byte)'[', at);
        var close = Array.IndexOf(pdf, (byte)']', open);
        var numbers = Encoding.ASCII.GetString(pdf, open + 1, close - open - 1)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        if (numbers is not [0, var a, var b, var c] || b + c != pdf.Length || pdf[a] != '<' || pdf[b - 1] != '>')
        {
            throw new InvalidOperationException("Unexpected /ByteRange in the prepared PDF.");
        }

        return ((int)a, (int)b);
    }

    /// <summary>Same length, so every offset (and the /ByteRange) stays right.</summary>
    private static void PatchSubFilter(byte[] pdf, int before)
    {
        var at = pdf.AsSpan(0, before).LastIndexOf(PdfSharpSubFilter);
        if (at < 0)
        {
            throw new InvalidOperationException("PDFsharp wrote no /SubFilter /adbe.pkcs7.detached.");
        }

        PadesSubFilter.CopyTo(pdf, at);
    }

    /// <summary>Makes PDFsharp reserve /Contents; the real signature is computed afterwards.</summary>
    private sealed class Placeholder(string certificateName) : IDigitalSigner
    {
        public string CertificateName { get; } = certificateName;

        public Task<int> GetSignatureSizeAsync() => Task.FromResult(ReservedBytes);

        public Task<byte[]> GetSignatureAsync(Stream stream) => Task.FromResult(new byte[ReservedBytes]);
    }

    /// <summary>The signature is invisible: the seal and handwriting are drawn on the page before signing.</summary>
    private sealed class NoAppearance : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect)
        {
        }
    }
}
