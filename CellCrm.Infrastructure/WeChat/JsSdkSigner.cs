using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.WeChat;

/// <summary>The <c>wx.config</c> parameters of a portal page (WECHAT.md A5).</summary>
public sealed class JsSdkSigner(WeChatJsApiTickets tickets, IOptions<WeChatOptions> options, TimeProvider clock)
{
    public async Task<JsSdkConfig> CreateConfigAsync(Uri pageUrl, CancellationToken ct)
    {
        var ticket = await tickets.GetAsync(ct);
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var url = WithoutFragment(pageUrl);
        return new JsSdkConfig(options.Value.AppId!, timestamp, nonce, Sign(ticket, nonce, timestamp, url), url);
    }

    /// <summary>SHA-1 (lowercase hex) of <c>jsapi_ticket=…&amp;noncestr=…&amp;timestamp=…&amp;url=…</c>, keys in ASCII
    /// order, the URL as the page has it (not encoded, without the fragment).</summary>
    public static string Sign(string ticket, string nonce, long timestamp, string url)
    {
        var text = $"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={timestamp}&url={url}";
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    /// <summary>The page URL as the browser's <c>location.href.split('#')[0]</c> gives it.</summary>
    public static string WithoutFragment(Uri url)
    {
        var text = url.OriginalString;
        var hash = text.IndexOf('#');
        return hash < 0 ? text : text[..hash];
    }
}
