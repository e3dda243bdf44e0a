using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>The certificate the company signs PDFs with: the configured PFX, or (embedded default) a self-signed
/// one generated once and kept on disk, so documents signed yesterday still verify against the same key.</summary>
public sealed class CompanyCertificate(IOptions<PdfOptions> options, string contentRoot, TimeProvider clock, ILogger<CompanyCertificate> logger)
{
    private readonly Lazy<X509Certificate2> _certificate = new(() => Load(options.Value, contentRoot, clock, logger));

    public X509Certificate2 Certificate => _certificate.Value;

    private static X509Certificate2 Load(PdfOptions options, string contentRoot, TimeProvider clock, ILogger logger)
    {
        X509Certificate2 certificate;
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(contentRoot, options.CertificatePath),
                options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        else
        {
            var path = Path.GetFullPath(Path.Combine(contentRoot, options.GeneratedCertificatePath));
            if (!File.Exists(path))
            {
                Generate(path, options, clock);
                logger.LogWarning("Generated a self-signed PDF signing certificate at {Path}; configure Pdf:CertificatePath for production", path);
            }

            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException("The PDF signing certificate has no private key.");
        }

        return certificate;
    }

    private static void Generate(string path, PdfOptions options, TimeProvider clock)
    {
        using var key = RSA.Create(3072);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("CN");
        subject.AddOrganizationName(options.CompanyName);
        subject.AddCommonName(options.CompanyName + " 电子签章");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = clock.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));

        // Written aside and moved into place without overwriting: of two nodes starting together, one key wins
        // and both then load it.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pfx, options.CertificatePassword));
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process generated it first.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
