using System.Text;
using CellCrm.Domain.Files;
using CellCrm.Testing;

namespace CellCrm.Domain.Tests.Files;

public class FileTypeDetectorTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, DetectedFileType.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, DetectedFileType.Png)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E }, DetectedFileType.Pdf)]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0 }, DetectedFileType.Heic)]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0, 0, 0, 0 }, DetectedFileType.Unknown)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0 }, DetectedFileType.Unknown)]
    [InlineData(new byte[] { 0xFF, 0xD8 }, DetectedFileType.Unknown)]
    public void Detect_ReadsTheMagicBytes(byte[] head, DetectedFileType expected) =>
        Assert.Equal(expected, FileTypeDetector.Detect(head));

    [Fact]
    public void Detect_Jpeg() => Assert.Equal(DetectedFileType.Jpeg, FileTypeDetector.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']));

    [Fact]
    public void Detect_Png() => Assert.Equal(DetectedFileType.Png, FileTypeDetector.Detect(SignaturePngs.Stroke(10, 10)));

    [Fact]
    public void Detect_Pdf() => Assert.Equal(DetectedFileType.Pdf, FileTypeDetector.Detect("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8));

    [Theory]
    [InlineData("heic", "mif1heic")]
    [InlineData("heix", "mif1heix")]
    [InlineData("mif1", "mif1heic")]
    [InlineData("msf1", "msf1hevc")]
    public void Detect_HeifBrands_AreHeic(string major, string compatible) =>
        Assert.Equal(DetectedFileType.Heic, FileTypeDetector.Detect(Ftyp(major, compatible)));

    [Fact]
    public void Detect_IphoneHeicWithMif1MajorAndHeicCompatible_IsHeic()
    {
        // As an iPhone writes it: major brand mif1, compatible mif1 miaf MiHB heic.
        Assert.Equal(DetectedFileType.Heic, FileTypeDetector.Detect(Ftyp("mif1", "mif1miafMiHBheic")));
    }

    [Theory]
    [InlineData("isom", "isomiso2avc1mp41")] // an MP4 video
    [InlineData("avif", "avifmif1miaf")] // AVIF shares the HEIF container (mif1) but is not HEIC
    public void Detect_OtherIsoMediaFiles_AreUnknown(string major, string compatible) =>
        Assert.Equal(DetectedFileType.Unknown, FileTypeDetector.Detect(Ftyp(major, compatible)));

    [Fact]
    public void Detect_WindowsExecutableRenamedPdf_IsUnknown()
    {
        var exe = "MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0This program cannot be run in DOS mode."u8.ToArray();
        Assert.Equal(DetectedFileType.Unknown, FileTypeDetector.Detect(exe));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PD")]
    [InlineData("<html><body>%PDF-1.4</body></html>")]
    [InlineData("GIF89a")]
    public void Detect_ShortOrForeignContent_IsUnknown(string head) =>
        Assert.Equal(DetectedFileType.Unknown, FileTypeDetector.Detect(Encoding.ASCII.GetBytes(head)));

    private static byte[] Ftyp(string major, string compatible)
    {
        var size = 16 + compatible.Length;
        var box = new byte[size];
        box[3] = (byte)size;
        Encoding.ASCII.GetBytes("ftyp" + major).CopyTo(box, 4);
        Encoding.ASCII.GetBytes(compatible).CopyTo(box, 16);
        return box;
    }
}
