using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>A detached CAdES signature (CMS SignedData, SHA-256) with the signed attributes PAdES asks for:
/// content-type, message-digest and signing-certificate-v2 (RFC 5035), which binds the signer certificate into
/// what is signed. No signing-time attribute: PAdES takes the claimed time from the signature dictionary's /M.</summary>
public static class CadesSignature
{
    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";
    private const string Sha256 = "2.16.840.1.101.3.4.2.1";

    public static byte[] Create(byte[] data, X509Certificate2 certificate)
    {
        var cms = new SignedCms(new ContentInfo(data), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid(Sha256),
            IncludeOption = X509IncludeOption.ExcludeRoot,
        };
        if (signer.IncludeOption == X509IncludeOption.ExcludeRoot && certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData))
        {
            signer.IncludeOption = X509IncludeOption.EndCertOnly; // a self-signed certificate is its own root
        }

        signer.SignedAttributes.Add(new AsnEncodedData(new Oid(SigningCertificateV2), EssCertIdV2(certificate)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, with ESSCertIDv2 ::= SEQUENCE {
    /// certHash OCTET STRING (SHA-256, the default algorithm, so omitted), issuerSerial IssuerSerial }.</summary>
    private static byte[] EssCertIdV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    var directoryName = new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true);
                    writer.PushSequence(directoryName);
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                    writer.PopSequence(directoryName);
                }

                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }

        return writer.Encode();
    }
}
