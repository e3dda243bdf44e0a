using CellCrm.Domain.Files;

namespace CellCrm.Portal.Demands;

/// <summary>How the pages show a stored file: browsers draw JPEG and PNG thumbnails; HEIC and PDF get a badge.</summary>
public static class FileKinds
{
    public static string Of(DetectedFileType type) => type switch
    {
        DetectedFileType.Jpeg or DetectedFileType.Png => "image",
        DetectedFileType.Heic => "heic",
        DetectedFileType.Pdf => "pdf",
        DetectedFileType.Unknown => "file",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
