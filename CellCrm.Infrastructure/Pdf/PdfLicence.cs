namespace CellCrm.Infrastructure.Pdf;

/// <summary>The one place that states under which licence CellCrm uses PDFsharp (README, "Licences").
/// PDFsharp 6.2.4 is MIT-licensed and needs no licence mode. PDFsharp 6.5.0 is AGPL-3.0-only or commercial and
/// refuses to save until a mode is set in code: moving to it means choosing AGPL (publishing CellCrm's source to
/// its users) or buying a commercial key, and setting that mode in <see cref="Apply"/>.</summary>
public static class PdfLicence
{
    public const string Package = "PDFsharp 6.2.4";

    public const string Licence = "MIT";

    /// <summary>Called once before the first document is made (nothing to set for the MIT version).</summary>
    public static void Apply()
    {
    }
}
