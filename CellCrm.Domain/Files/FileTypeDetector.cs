namespace CellCrm.Domain.Files;

/// <summary>What a file really is, read from its first bytes (magic numbers), never from its name or the
/// Content-Type the browser claims.</summary>
public static class FileTypeDetector
{
    private static readonly string[] HeicBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    public static DetectedFileType Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return DetectedFileType.Jpeg;
        }

        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DetectedFileType.Png;
        }

        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8))
        {
            return DetectedFileType.Pdf;
        }

        // ISO base media: a 4-byte box size, then "ftyp" and the major brand.
        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = System.Text.Encoding.ASCII.GetString(head.Slice(8, 4));
            if (HeicBrands.Contains(brand))
            {
                return DetectedFileType.Heic;
            }
        }

        return DetectedFileType.Unknown;
    }
}

public enum DetectedFileType
{
    Unknown,
    Jpeg,
    Png,
    Heic,
    Pdf,
}
