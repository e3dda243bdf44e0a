using CellCrm.Domain.Files;

namespace CellCrm.Infrastructure.Tests.Files;

public class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", DetectedFileType.Pdf, "passwd.pdf")]
    [InlineData("..\\..\\Windows\\System32\\evil.exe", DetectedFileType.Pdf, "evil.pdf")]
    [InlineData("/var/www/wwwroot/shell.aspx", DetectedFileType.Png, "shell.png")]
    [InlineData("体检报告 2026.jpeg", DetectedFileType.Jpeg, "体检报告 2026.jpg")]
    [InlineData("IMG_0001.HEIC", DetectedFileType.Heic, "IMG_0001.heic")]
    [InlineData("report.pdf.exe", DetectedFileType.Pdf, "report.pdf.pdf")]
    [InlineData("..", DetectedFileType.Pdf, "文件.pdf")]
    [InlineData("", DetectedFileType.Pdf, "文件.pdf")]
    [InlineData(null, DetectedFileType.Jpeg, "文件.jpg")]
    [InlineData("a\0b\r\n<c>:|?*.pdf", DetectedFileType.Pdf, "abc.pdf")]
    public void Sanitize_KeepsOnlyASafeLastSegment_WithTheDetectedExtension(string? name, DetectedFileType type, string expected) =>
        Assert.Equal(expected, FileNames.Sanitize(name, type));

    [Fact]
    public void Sanitize_LongName_IsCutToTheLimit()
    {
        var name = FileNames.Sanitize(new string('报', 300) + ".pdf", DetectedFileType.Pdf);
        Assert.Equal(FileNames.MaxLength, name.Length);
        Assert.EndsWith(".pdf", name);
    }

    [Fact]
    public void Sanitize_RightToLeftOverride_IsRemoved() =>
        Assert.Equal("reportfdp.pdf", FileNames.Sanitize("report\u202Efdp.exe", DetectedFileType.Pdf));
}
