using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PdfContractBench;

/// <summary>A 600×200 transparent PNG with a handwritten-like stroke, the size a phone's signing canvas sends.</summary>
public static class SignatureImage
{
    public static byte[] Png()
    {
        const int width = 600, height = 200;
        var raw = new byte[height * (1 + width * 4)];
        for (var x = 0; x < width; x++)
        {
            var y0 = height / 2 + (int)(height / 3 * Math.Sin(x / 25.0) * Math.Cos(x / 90.0));
            for (var y = Math.Max(0, y0 - 2); y <= Math.Min(height - 1, y0 + 2); y++)
            {
                var at = y * (1 + width * 4) + 1 + x * 4;
                raw[at + 2] = 80;
                raw[at + 3] = 255;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(word, crc ^ 0xFFFFFFFFu);
        png.Write(word);
    }
}
