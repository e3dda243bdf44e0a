using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>Resolves every font family to Noto Sans SC (TrueType, subset-embedded), so Chinese and Latin text and
/// PDFsharp's own defaults (e.g. "Verdana" in signature appearances) all print with a font that is present.
/// Bold is simulated from the regular face: the npm package's static files all carry the PostScript name
/// "NotoSansSC-Bold", and PDFsharp, which tells fonts apart by that name, would print everything in whichever
/// face it loaded first.</summary>
public sealed class ChineseFontResolver(string fontDirectory) : IFontResolver
{
    public const string Family = "Noto Sans SC";
    private const string RegularFace = "NotoSansSC_400Regular";

    private static readonly object Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    public string FontDirectory { get; } = fontDirectory;

    /// <summary>PDFsharp's font resolver is process-wide and can be set once: the first caller wins, later callers
    /// get the resolver already in place.</summary>
    public static void EnsureRegistered(string fontDirectory)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is ChineseFontResolver)
            {
                return;
            }

            var resolver = new ChineseFontResolver(fontDirectory);
            resolver.GetFont(RegularFace); // fail at start-up, not in the middle of a customer's signing
            GlobalFontSettings.FontResolver = resolver;
        }
    }

    /// <summary>A font of <see cref="Family"/> that always uses Unicode (Identity-H) encoding, so one embedded
    /// subset serves Chinese and Latin text alike.</summary>
    public static XFont Font(double size, bool bold = false) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(RegularFace, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, face =>
    {
        var path = Path.Combine(FontDirectory, face + ".ttf");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Font {path} is missing: the build restores it from npm (CellCrm.Infrastructure/Pdf/Fonts); set Pdf:FontDirectory if it lives elsewhere.");
        }

        return File.ReadAllBytes(path);
    });
}
