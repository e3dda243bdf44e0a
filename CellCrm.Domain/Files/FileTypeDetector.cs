namespace CellCrm.Domain.Files;

/// <summary>The type of an upload from its first bytes, never from its name: an .exe renamed .pdf is Unknown.
/// <see cref="HeadLength"/> bytes are enough for every signature checked here.</summary>
public static class FileTypeDetector
{
    public const int HeadLength = 64;

    // ISO-BMFF major/compatible brands of HEIF images as WeChat and iPhones deliver them.
    private static readonly string[] HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avci"];

    public static DetectedFileType Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return DetectedFileType.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DetectedFileType.Png;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return DetectedFileType.Pdf;
        }

        return IsHeif(head) ? DetectedFileType.Heic : DetectedFileType.Unknown;
    }

    public static string ContentType(DetectedFileType type) => type switch
    {
        DetectedFileType.Jpeg => "image/jpeg",
        DetectedFileType.Png => "image/png",
        DetectedFileType.Heic => "image/heic",
        DetectedFileType.Pdf => "application/pdf",
        DetectedFileType.Unknown => "application/octet-stream",
    };

    public static string Extension(DetectedFileType type) => type switch
    {
        DetectedFileType.Jpeg => ".jpg",
        DetectedFileType.Png => ".png",
        DetectedFileType.Heic => ".heic",
        DetectedFileType.Pdf => ".pdf",
        DetectedFileType.Unknown => "",
    };

    /// <summary>A box "ftyp" at offset 4 whose major brand, or one of the compatible brands that follow the minor
    /// version, is a HEIF image brand.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12 || !head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return false;
        }

        // AVIF uses the same container and lists mif1 too, but is no HEIC image.
        if (head.Slice(8, 4).SequenceEqual("avif"u8) || head.Slice(8, 4).SequenceEqual("avis"u8))
        {
            return false;
        }

        var boxSize = (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3];
        var end = Math.Min(head.Length, boxSize < 16 ? 12 : boxSize);
        for (var offset = 8; offset + 4 <= end; offset += 4)
        {
            if (offset == 12)
            {
                continue; // minor version, not a brand
            }

            var brand = System.Text.Encoding.ASCII.GetString(head.Slice(offset, 4));
            if (HeifBrands.Contains(brand))
            {
                return true;
            }
        }

        return false;
    }
}
