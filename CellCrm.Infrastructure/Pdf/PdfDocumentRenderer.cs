using System.Security.Cryptography;
using CellCrm.Domain.Common;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Files;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>Prints a <see cref="DocumentModel"/> on A4 pages in Noto Sans SC: title, headings, paragraphs with
/// Chinese line breaking, key-value tables, signature fields with the handwritten signature, signer name and
/// signing time, the company seal, and "第 n 页 / 共 m 页" footers.</summary>
public sealed class PdfDocumentRenderer : IDocumentRenderer
{
    private const double Margin = 56;
    private const double FooterHeight = 24;
    private const double BodySize = 10.5;
    private const double LineHeight = BodySize * 1.65;
    private const double CellPadding = 5;
    private const double SignatureBoxWidth = 180;
    private const double SignatureBoxHeight = 64;

    private static readonly XColor Ink = XColor.FromArgb(34, 34, 34);
    private static readonly XColor Muted = XColor.FromArgb(110, 110, 110);
    private static readonly XColor Rule = XColor.FromArgb(170, 170, 170);

    private readonly PdfOptions _options;

    public PdfDocumentRenderer(IOptions<PdfOptions> options)
    {
        _options = options.Value;
        PdfLicence.Apply();
        ChineseFontResolver.EnsureRegistered(PdfSetup.FontDirectory(_options));
    }

    public RenderedPdf Render(DocumentModel document, IReadOnlyList<SignatureStamp> signatures)
    {
        var fields = document.Blocks.OfType<SignatureFieldBlock>().Select(f => f.Name).ToHashSet();
        foreach (var stamp in signatures)
        {
            if (!fields.Contains(stamp.FieldName))
            {
                throw new DomainException($"文档中没有签名位置“{stamp.FieldName}”");
            }

            if (FileTypeDetector.Detect(stamp.ImagePng) is not (DetectedFileType.Png or DetectedFileType.Jpeg))
            {
                throw new DomainException("签名图片无效，请重新签名");
            }
        }

        if (document.SealFieldName is { } seal && !fields.Contains(seal))
        {
            throw new DomainException($"文档中没有盖章位置“{seal}”");
        }

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "CellCrm";
        pdf.Options.CompressContentStreams = true;
        var writer = new PageWriter(pdf, _options);
        writer.Title(document.Title, document.Subtitle);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    writer.Heading(heading.Text);
                    break;
                case ParagraphBlock paragraph:
                    writer.Paragraph(paragraph.Text);
                    break;
                case KeyValueTableBlock table:
                    writer.Table(table);
                    break;
                case SignatureFieldBlock field:
                    writer.SignatureField(field, signatures.Where(s => s.FieldName == field.Name).ToList(), field.Name == document.SealFieldName);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}");
            }
        }

        writer.Finish();
        var pages = pdf.PageCount;
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        var bytes = output.ToArray();
        return new RenderedPdf(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), pages);
    }

    /// <summary>Keeps the cursor and opens a new page when a block does not fit on the current one.</summary>
    private sealed class PageWriter(PdfDocument pdf, PdfOptions options)
    {
        private readonly XFont _body = ChineseFontResolver.Font(BodySize);
        private readonly XFont _bold = ChineseFontResolver.Font(BodySize, bold: true);
        private readonly XFont _small = ChineseFontResolver.Font(8.5);
        private XGraphics? _gfx;
        private double _y;

        private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page");

        private double Width => pdf.Pages[0].Width.Point - 2 * Margin;

        private double Bottom => pdf.Pages[^1].Height.Point - Margin - FooterHeight;

        public void Title(string title, string? subtitle)
        {
            NewPage();
            var font = ChineseFontResolver.Font(18, bold: true);
            foreach (var line in ChineseLineBreaker.Break(Gfx, title, font, Width))
            {
                Gfx.DrawString(line, font, new XSolidBrush(Ink), new XRect(Margin, _y, Width, 26), XStringFormats.TopCenter);
                _y += 26;
            }

            if (!string.IsNullOrWhiteSpace(subtitle))
            {
                Gfx.DrawString(subtitle, _small, new XSolidBrush(Muted), new XRect(Margin, _y, Width, 14), XStringFormats.TopCenter);
                _y += 14;
            }

            _y += 12;
        }

        public void Heading(string text)
        {
            var font = ChineseFontResolver.Font(12.5, bold: true);
            var lines = ChineseLineBreaker.Break(Gfx, text, font, Width);
            // A heading never stays alone at the bottom of a page.
            Ensure(lines.Count * 20 + 6 + LineHeight * 2);
            _y += 6;
            foreach (var line in lines)
            {
                Gfx.DrawString(line, font, new XSolidBrush(Ink), new XRect(Margin, _y, Width, 20), XStringFormats.TopLeft);
                _y += 20;
            }

            _y += 2;
        }

        public void Paragraph(string text)
        {
            // First-line indent of two ideographic spaces, as Chinese documents are set.
            var lines = ChineseLineBreaker.Break(Gfx, new string('\u3000', 2) + text.Trim(), _body, Width);
            foreach (var line in lines)
            {
                Ensure(LineHeight);
                Gfx.DrawString(line, _body, new XSolidBrush(Ink), new XRect(Margin, _y, Width, LineHeight), XStringFormats.TopLeft);
                _y += LineHeight;
            }

            _y += 4;
        }

        public void Table(KeyValueTableBlock table)
        {
            if (!string.IsNullOrWhiteSpace(table.Caption))
            {
                Ensure(LineHeight * 3);
                Gfx.DrawString(table.Caption, _bold, new XSolidBrush(Ink), new XRect(Margin, _y, Width, LineHeight), XStringFormats.TopLeft);
                _y += LineHeight;
            }

            var labelWidth = Width * 0.3;
            var valueWidth = Width - labelWidth;
            var pen = new XPen(Rule, 0.6);
            foreach (var (label, value) in table.Rows)
            {
                var labels = ChineseLineBreaker.Break(Gfx, label, _bold, labelWidth - 2 * CellPadding);
                var values = ChineseLineBreaker.Break(Gfx, string.IsNullOrWhiteSpace(value) ? "—" : value, _body, valueWidth - 2 * CellPadding);
                var height = Math.Max(labels.Count, values.Count) * LineHeight + 2 * CellPadding;
                Ensure(Math.Min(height, Bottom - Margin));
                Gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(245, 245, 245)), Margin, _y, labelWidth, height);
                Gfx.DrawRectangle(pen, Margin, _y, labelWidth, height);
                Gfx.DrawRectangle(pen, Margin + labelWidth, _y, valueWidth, height);
                DrawLines(labels, _bold, Margin + CellPadding, _y + CellPadding, labelWidth);
                DrawLines(values, _body, Margin + labelWidth + CellPadding, _y + CellPadding, valueWidth);
                _y += height;
            }

            _y += 10;
        }

        public void SignatureField(SignatureFieldBlock field, IReadOnlyList<SignatureStamp> stamps, bool seal)
        {
            var blockHeight = LineHeight + SignatureBoxHeight + LineHeight * 1.5 + 8;
            Ensure(blockHeight);
            var x = Margin + Width / 2;
            Gfx.DrawString(field.Label, _bold, new XSolidBrush(Ink), new XRect(x, _y, Width / 2, LineHeight), XStringFormats.TopLeft);
            _y += LineHeight;
            var box = new XRect(x, _y, SignatureBoxWidth, SignatureBoxHeight);
            Gfx.DrawLine(new XPen(Rule, 0.6), box.Left, box.Bottom, box.Right, box.Bottom);
            if (seal)
            {
                CompanySeal.Draw(Gfx, new XPoint(box.Left + box.Width * 0.45, box.Top + box.Height * 0.55), 52, options.CompanyName, options.SealText);
            }

            var stamp = stamps.LastOrDefault();
            if (stamp is not null)
            {
                using var image = XImage.FromStream(new MemoryStream(stamp.ImagePng));
                var scale = Math.Min(box.Width / image.PointWidth, box.Height / image.PointHeight);
                var w = image.PointWidth * scale;
                var h = image.PointHeight * scale;
                Gfx.DrawImage(image, box.Left, box.Top + (box.Height - h) / 2, w, h);
            }

            _y += SignatureBoxHeight + 4;
            var caption = stamp is null
                ? seal ? options.CompanyName : ""
                : $"签署人：{stamp.SignerName}    签署时间：{ChinaTime.ToChina(stamp.SignedAt):yyyy-MM-dd HH:mm:ss}";
            if (caption.Length > 0)
            {
                Gfx.DrawString(caption, _small, new XSolidBrush(Muted), new XRect(x, _y, Width / 2, LineHeight), XStringFormats.TopLeft);
            }

            _y += LineHeight * 1.5;
        }

        public void Finish()
        {
            _gfx?.Dispose();
            _gfx = null;
            var brush = new XSolidBrush(Muted);
            for (var i = 0; i < pdf.PageCount; i++)
            {
                var page = pdf.Pages[i];
                using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var rect = new XRect(Margin, page.Height.Point - Margin, page.Width.Point - 2 * Margin, FooterHeight);
                gfx.DrawString($"第 {i + 1} 页 / 共 {pdf.PageCount} 页", _small, brush, rect, XStringFormats.Center);
            }
        }

        private void DrawLines(List<string> lines, XFont font, double x, double y, double width)
        {
            foreach (var line in lines)
            {
                Gfx.DrawString(line, font, new XSolidBrush(Ink), new XRect(x, y, width, LineHeight), XStringFormats.TopLeft);
                y += LineHeight;
            }
        }

        private void Ensure(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }
    }
}
