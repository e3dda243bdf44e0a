using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CellCrm.Testing;

/// <summary>PNGs like the signing canvas exports (RGBA, transparent ground), made independently of the decoder under
/// test. Also compiled into the pure domain tests.</summary>
public static class SignaturePngs
{
    /// <summary>A wavy dark stroke; <paramref name="filter"/> 1 (Sub) exercises the decoder's unfiltering.</summary>
    public static byte[] Stroke(int width = 300, int height = 100, byte filter = 0) =>
        Encode(width, height, filter, (x, y) => Math.Abs(y - (height / 2 + (int)(height / 3 * Math.Sin(x / 20.0)))) <= 1);

    public static byte[] Blank(int width = 300, int height = 100) => Encode(width, height, 0, (_, _) => false);

    /// <summary>A single tap: a few pixels, not a signature.</summary>
    public static byte[] Dot(int width = 300, int height = 100) => Encode(width, height, 0, (x, y) => x is >= 10 and < 13 && y is >= 10 and < 13);

    private static byte[] Encode(int width, int height, byte filter, Func<int, int, bool> ink)
    {
        var stride = width * 4;
        var raw = new byte[height * (1 + stride)];
        for (var y = 0; y < height; y++)
        {
            var line = new byte[stride];
            for (var x = 0; x < width; x++)
            {
                if (ink(x, y))
                {
                    line[x * 4] = 20;
                    line[x * 4 + 1] = 20;
                    line[x * 4 + 2] = 60;
                    line[x * 4 + 3] = 255;
                }
            }

            raw[y * (1 + stride)] = filter;
            for (var i = 0; i < stride; i++)
            {
                var left = filter == 1 && i >= 4 ? line[i - 4] : 0;
                raw[y * (1 + stride) + 1 + i] = (byte)(line[i] - left);
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
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
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
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
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
