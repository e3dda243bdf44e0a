using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace CellCrm.Infrastructure.Web;

public static class ChineseText
{
    /// <summary>Razor encodes every non-ASCII character as an entity by default; Chinese pages are written out
    /// as UTF-8 text instead (HTML-significant characters are still encoded).</summary>
    public static IServiceCollection AddUnicodeHtmlEncoding(this IServiceCollection services) =>
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
}
