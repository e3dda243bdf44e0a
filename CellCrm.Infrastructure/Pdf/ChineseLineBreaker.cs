using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace CellCrm.Infrastructure.Pdf;

/// <summary>Breaks running text into lines of a given width. Chinese may break between any two characters; Latin
/// words and numbers stay whole when they fit; a line never starts with closing punctuation (，。、）》 …: it hangs
/// at the end of the previous line) and never ends with opening punctuation (（《「 …: it moves down).
/// XTextFormatter breaks only at spaces, which leaves Chinese paragraphs as one overlong line.</summary>
public static class ChineseLineBreaker
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…—%,.;:?!)]}%·～";
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    public static List<string> Break(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        // Chinese text repeats few distinct characters: measure each once.
        var widths = new Dictionary<string, double>();
        double Measure(string token)
        {
            if (!widths.TryGetValue(token, out var w))
            {
                widths[token] = w = gfx.MeasureString(token, font).Width;
            }

            return w;
        }

        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            BreakParagraph(paragraph, Measure, width, lines);
        }

        return lines;
    }

    private static void BreakParagraph(string paragraph, Func<string, double> measure, double width, List<string> lines)
    {
        var line = new StringBuilder();
        double lineWidth = 0;
        foreach (var token in Tokens(paragraph))
        {
            var tokenWidth = measure(token);
            if (line.Length > 0 && lineWidth + tokenWidth > width)
            {
                if (token.Length == 1 && NoLineStart.Contains(token[0]))
                {
                    // Hanging punctuation: the mark stays with the text it closes.
                    line.Append(token);
                    lineWidth += tokenWidth;
                    continue;
                }

                var carried = "";
                if (line.Length > 1 && NoLineEnd.Contains(line[^1]))
                {
                    carried = line[^1].ToString();
                    line.Length--;
                }

                lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(carried);
                lineWidth = carried.Length > 0 ? measure(carried) : 0;
                if (token == " ")
                {
                    continue;
                }
            }

            if (tokenWidth > width)
            {
                // A word longer than a whole line (a long number or URL) is cut by characters.
                foreach (var piece in Tokens(token, splitWords: true))
                {
                    var pieceWidth = measure(piece);
                    if (line.Length > 0 && lineWidth + pieceWidth > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    line.Append(piece);
                    lineWidth += pieceWidth;
                }

                continue;
            }

            line.Append(token);
            lineWidth += tokenWidth;
        }

        lines.Add(line.ToString().TrimEnd());
    }

    /// <summary>Text elements (surrogate pairs kept whole); runs of Latin letters and digits (with the marks inside
    /// numbers, times and addresses: 18:00, 1,000, 3.5%, a@b.cn) form one token unless
    /// <paramref name="splitWords"/>.</summary>
    private static IEnumerable<string> Tokens(string text, bool splitWords = false)
    {
        var word = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (!splitWords && element.Length == 1 && IsWordChar(element[0]))
            {
                word.Append(element);
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            yield return element;
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsWordChar(char c) => c < 0x2E80 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '@' or '/' or '.' or '%' or ':' or ',');
}
