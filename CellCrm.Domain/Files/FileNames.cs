using System.Text;

namespace CellCrm.Domain.Files;

/// <summary>The name a user gave a file, made safe to show and to offer as a download name. It is never used as a
/// path: stored files live under generated keys.</summary>
public static class FileNames
{
    public const int MaxLength = 100;

    public static string Sanitize(string? name, DetectedFileType type)
    {
        // Only the last segment of either kind of path counts ("..\\..\\x.pdf", "/etc/passwd" → "x.pdf", "passwd").
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var builder = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or ';' or '\u202E')
            {
                continue;
            }

            builder.Append(c);
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length == 0)
        {
            clean = "文件";
        }

        // The extension follows the detected type, so a name cannot claim to be what the bytes are not.
        var extension = FileTypeDetector.Extension(type);
        var stem = Path.GetFileNameWithoutExtension(clean);
        if (stem.Length == 0)
        {
            stem = "文件";
        }

        var limit = MaxLength - extension.Length;
        if (stem.Length > limit)
        {
            stem = stem[..limit];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }
        }

        return stem + extension;
    }
}
