using CellCrm.Domain.Files;

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
}
