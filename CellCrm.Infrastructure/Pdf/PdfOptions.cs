namespace CellCrm.Infrastructure.Pdf;

/// <summary>PDF generation and signing. Without <see cref="CertificatePath"/> a self-signed company certificate is
/// generated once at <see cref="GeneratedCertificatePath"/> and reused, so signatures stay verifiable across
/// restarts (the embedded default); production configures the company's PFX.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Printed in the company seal and used as the generated certificate's subject.</summary>
    public string CompanyName { get; set; } = "示例细胞科技有限公司";

    /// <summary>Text at the bottom of the seal.</summary>
    public string SealText { get; set; } = "合同专用章";

    /// <summary>Where the signed PDF was signed (shown by PDF readers).</summary>
    public string Location { get; set; } = "中国";

    /// <summary>Folder of NotoSansSC_400Regular.ttf; default "fonts" beside the app.</summary>
    public string? FontDirectory { get; set; }

    /// <summary>The company's PKCS#12 (PFX) file; relative paths are under the content root.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Its password (user-secrets or environment variable, never appsettings.json).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Where the embedded default keeps its generated self-signed certificate.</summary>
    public string GeneratedCertificatePath { get; set; } = Path.Combine("App_Data", "keys", "company-signing.pfx");
}
