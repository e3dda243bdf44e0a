using CellCrm.Domain.Files;

namespace CellCrm.Infrastructure.RealName;

public static class IdPhotos
{
    /// <summary>Opens a stored ID photo with the content type read from its bytes (as checked at upload).</summary>
    public static async Task<(Stream Content, string ContentType)> OpenAsync(IFileStore files, string key, CancellationToken ct)
    {
        var stream = await files.OpenReadAsync(key, ct);
        var head = new byte[16];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        stream.Position = 0;
        var type = FileTypeDetector.Detect(head.AsSpan(0, read)) switch
        {
            DetectedFileType.Jpeg => "image/jpeg",
            DetectedFileType.Png => "image/png",
            DetectedFileType.Heic => "image/heic",
            DetectedFileType.Pdf or DetectedFileType.Unknown => "application/octet-stream",
        };
        return (stream, type);
    }
}
