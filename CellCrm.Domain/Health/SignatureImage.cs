using System.Buffers.Binary;
using System.IO.Compression;
using CellCrm.Domain.Common;

namespace CellCrm.Domain.Health;

/// <summary>The handwritten signature from the signing canvas (PNG). An empty canvas, a stray tap or something that
/// is not a PNG is refused here, on the server, whatever the page's own check said ("先签名，后提交").</summary>
public sealed class SignatureImage
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Fewer dark pixels than this is an empty canvas or an accidental tap, not a signature.</summary>
    public const int MinInkPixels = 40;

    private const int MaxSide = 4096;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private SignatureImage(byte[] png, int inkPixels)
    {
        Png = png;
        InkPixels = inkPixels;
    }

    public byte[] Png { get; }

    public int InkPixels { get; }

    public static SignatureImage FromPng(byte[]? png, string? field = null)
    {
        if (png is null || png.Length == 0)
        {
            throw new DomainException("请先签名，后提交", field);
        }

        if (png.Length > MaxBytes)
        {
            throw new DomainException("签名图片过大，请清除后重新签名", field);
        }

        var ink = CountInk(png) ?? throw new DomainException("签名图片无效，请清除后重新签名", field);
        if (ink < MinInkPixels)
        {
            throw new DomainException("签名为空，请先签名，后提交", field);
        }

        return new SignatureImage(png, ink);
    }

    /// <summary>Decodes an 8-bit, non-interlaced PNG (what a canvas exports) and counts the visible dark pixels;
    /// null when the bytes are not such a PNG.</summary>
    private static int? CountInk(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            return null;
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + (long)length > png.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (Crc32(png.AsSpan(at + 4, length + 4)) != BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)))
            {
                // A damaged image would also fail later, in the PDF: refuse it here with a message instead.
                return null;
            }

            switch (type)
            {
                case "IHDR" when length == 13:
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    channels = data[9] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
                    if (data[8] != 8 || channels == 0 || data[12] != 0 || width is < 1 or > MaxSide || height is < 1 or > MaxSide)
                    {
                        return null;
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    return width == 0 ? null : Count(idat.ToArray(), width, height, channels);
            }

            at += 12 + length;
        }

        return null;
    }

    private static int? Count(byte[] compressed, int width, int height, int channels)
    {
        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            if (zlib.ReadAtLeast(raw, raw.Length, throwOnEndOfStream: false) != raw.Length)
            {
                return null;
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }

        var previous = new byte[stride];
        var line = new byte[stride];
        var ink = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? line[i - channels] : 0;
                var up = previous[i];
                var upLeft = i >= channels ? previous[i - channels] : 0;
                int? predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => null,
                };
                if (predicted is null)
                {
                    return null;
                }

                line[i] = (byte)(source[i] + predicted.Value);
            }

            for (var x = 0; x < width; x++)
            {
                if (IsInk(line.AsSpan(x * channels, channels)))
                {
                    ink++;
                }
            }

            (previous, line) = (line, previous);
        }

        return ink;
    }

    /// <summary>A pixel a person would see as a stroke: mostly opaque and clearly darker than paper.</summary>
    private static bool IsInk(ReadOnlySpan<byte> pixel)
    {
        var (luminance, alpha) = pixel.Length switch
        {
            1 => (pixel[0], 255),
            2 => (pixel[0], pixel[1]),
            3 => ((pixel[0] * 299 + pixel[1] * 587 + pixel[2] * 114) / 1000, 255),
            _ => ((pixel[0] * 299 + pixel[1] * 587 + pixel[2] * 114) / 1000, pixel[3]),
        };
        return alpha >= 128 && luminance < 160;
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    /// <summary>The CRC-32 every PNG chunk carries over its type and data.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
