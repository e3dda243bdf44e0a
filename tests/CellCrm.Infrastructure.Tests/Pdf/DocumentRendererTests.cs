using CellCrm.Domain.Common;
using CellCrm.Domain.Documents;
using CellCrm.Infrastructure.Pdf;
using CellCrm.Testing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CellCrm.Infrastructure.Tests.Pdf;

public class DocumentRendererTests(PdfFixture pdf) : IClassFixture<PdfFixture>
{
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 27, 2, 30, 5, TimeSpan.Zero);

    [Fact]
    public async Task Render_ChineseDocument_PdftotextReturnsTheChineseText()
    {
        var rendered = pdf.Renderer.Render(SampleDocuments.Questionnaire(),
            [new SignatureStamp("customer", SignaturePngs.Stroke(), "张三丰", SignedAt)]);

        var text = await Poppler.TextAsync(rendered.Bytes);
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("健康调查问卷", text);
        Assert.Contains("高血压（服药控制良好）", flat);
        Assert.Contains("本人确认以上所填信息真实、准确、完整", flat);
        Assert.Contains("400-800-1234", flat);
        // Signer and time (China time: 02:30 UTC is 10:30 in Beijing) are printed under the signature.
        Assert.Contains("签署人：张三丰", flat);
        Assert.Contains("2026-11-2710:30:05", flat);
        Assert.Contains("合同专用章", flat);
        Assert.Contains("第1页/共1页", flat);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(rendered.Bytes)), rendered.Sha256Hex);
        Assert.True(rendered.Bytes.Length < 150_000, $"{rendered.Bytes.Length} bytes: the font is not subset");
    }

    [Fact]
    public async Task Render_SignatureStamp_EmbedsTheImageWithItsTransparency()
    {
        var rendered = pdf.Renderer.Render(SampleDocuments.Questionnaire(),
            [new SignatureStamp("customer", SignaturePngs.Stroke(300, 100), "张三丰", SignedAt)]);
        var unsigned = pdf.Renderer.Render(SampleDocuments.Questionnaire(), []);

        var images = await Poppler.ImagesAsync(rendered.Bytes);
        var rows = images.Split('\n').Where(l => l.Contains(" 300 ") && l.Contains(" 100 ")).ToList();
        Assert.Contains(rows, r => r.Contains("image"));
        Assert.Contains(rows, r => r.Contains("smask"));
        Assert.DoesNotContain(" 300 ", await Poppler.ImagesAsync(unsigned.Bytes));
    }

    [Fact]
    public void Render_StampForAFieldTheDocumentLacks_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => pdf.Renderer.Render(SampleDocuments.Questionnaire(),
            [new SignatureStamp("guardian", SignaturePngs.Stroke(), "张三丰", SignedAt)]));
        Assert.Contains("guardian", error.Message);
    }

    [Fact]
    public void Render_SignatureThatIsNotAnImage_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => pdf.Renderer.Render(SampleDocuments.Questionnaire(),
            [new SignatureStamp("customer", "MZ\x90\0not an image"u8.ToArray(), "张三丰", SignedAt)]));
        Assert.Equal("签名图片无效，请重新签名", error.Message);
    }

    [Fact]
    public async Task Render_LongDocument_BreaksPagesAndNumbersThem()
    {
        var blocks = Enumerable.Range(1, 40).Select(i => (DocumentBlock)new ParagraphBlock($"第{i}条　" + SampleDocuments.LongParagraph)).ToList();
        var rendered = pdf.Renderer.Render(new DocumentModel("细胞存储服务合同", blocks), []);

        Assert.True(rendered.PageCount > 2);
        var text = string.Concat((await Poppler.TextAsync(rendered.Bytes)).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains($"第{rendered.PageCount}页/共{rendered.PageCount}页", text);
        Assert.Contains("第40条", text);
    }

    [Fact]
    public void LineBreaker_ChineseParagraph_FitsTheWidthAndNoLineStartsWithClosingPunctuation()
    {
        _ = pdf.Renderer; // registers the font resolver
        using var document = new PdfDocument();
        using var gfx = XGraphics.FromPdfPage(document.AddPage());
        var font = ChineseFontResolver.Font(10.5);
        const double width = 200;
        var text = string.Concat(Enumerable.Repeat(SampleDocuments.LongParagraph, 3));

        var lines = ChineseLineBreaker.Break(gfx, text, font, width);

        Assert.True(lines.Count > 10);
        Assert.Equal(text, string.Concat(lines).Replace(" ", ""), ignoreWhiteSpaceDifferences: true);
        Assert.All(lines, l => Assert.DoesNotContain(l.Length > 0 ? l[0] : ' ', "，。、；：）》"));
        // Only a hanging closing mark may stick out, by one character.
        Assert.All(lines, l => Assert.True(gfx.MeasureString(l.TrimEnd('，', '。', '、', '；', '）', ',', '.', ':'), font).Width <= width + 0.01, l));
        Assert.Contains(lines, l => gfx.MeasureString(l, font).Width > width * 0.9);
    }
}
