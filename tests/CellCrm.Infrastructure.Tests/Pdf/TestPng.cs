using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CellCrm.Infrastructure.Tests.Pdf;

/// <summary>Makes a PNG with transparency like the signing canvas sends: a dark stroke on a transparent ground.</summary>
public static class TestPng
{
    public static byte[] Signature(int width = 300, int height = 100)
    {
        var raw = new byte[height * (1 + width * 4)];
        for (var y = 0; y < height; y++)
        {
            raw[y * (1 + width * 4)] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                // A sine-shaped stroke, three pixels thick.
                var curve = height / 2 + (int)(height / 3 * Math.Sin(x / 20.0));
                if (Math.Abs(y - curve) <= 1)
                {
                    var at = y * (1 + width * 4) + 1 + x * 4;
                    raw[at] = 20;
                    raw[at + 1] = 20;
                    raw[at + 2] = 60;
                    raw[at + 3] = 255;
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
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
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
