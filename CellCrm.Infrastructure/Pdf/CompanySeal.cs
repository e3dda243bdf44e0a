using PdfSharp.Drawing;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>The company seal (公章) drawn as vector graphics: a red ring, a five-pointed star, the company name
/// along the upper arc and the seal's purpose (合同专用章) below the star. No image asset is needed, and it prints
/// sharply at any zoom.</summary>
public static class CompanySeal
{
    private static readonly XColor Red = XColor.FromArgb(215, 200, 16, 46);

    public static void Draw(XGraphics gfx, XPoint center, double radius, string companyName, string sealText)
    {
        var pen = new XPen(Red, radius * 0.055);
        var brush = new XSolidBrush(Red);
        gfx.DrawEllipse(pen, center.X - radius, center.Y - radius, radius * 2, radius * 2);
        gfx.DrawPolygon(brush, Star(center, radius * 0.3), XFillMode.Winding);

        var nameFont = ChineseFontResolver.Font(radius * 0.2, bold: true);
        var characters = companyName.EnumerateRunes().Select(r => r.ToString()).ToList();
        var textRadius = radius * 0.74;
        var span = Math.Min(250.0, 24.0 * characters.Count); // degrees of arc the name covers
        for (var i = 0; i < characters.Count; i++)
        {
            var angle = -90 - span / 2 + (characters.Count == 1 ? span / 2 : span * i / (characters.Count - 1));
            var radians = angle * Math.PI / 180;
            var state = gfx.Save();
            gfx.TranslateTransform(center.X + textRadius * Math.Cos(radians), center.Y + textRadius * Math.Sin(radians));
            gfx.RotateTransform(angle + 90);
            gfx.DrawString(characters[i], nameFont, brush, new XPoint(0, 0), XStringFormats.Center);
            gfx.Restore(state);
        }

        var textFont = ChineseFontResolver.Font(radius * 0.15, bold: true);
        gfx.DrawString(sealText, textFont, brush, new XPoint(center.X, center.Y + radius * 0.55), XStringFormats.Center);
    }

    private static XPoint[] Star(XPoint center, double outer)
    {
        var inner = outer * 0.382;
        var points = new XPoint[10];
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var radians = (-90 + 36 * i) * Math.PI / 180;
            points[i] = new XPoint(center.X + r * Math.Cos(radians), center.Y + r * Math.Sin(radians));
        }

        return points;
    }
}
