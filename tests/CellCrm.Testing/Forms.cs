using System.Net;
using System.Text.RegularExpressions;

namespace CellCrm.Testing;

/// <summary>Drives Razor Pages forms the way a browser does: read the antiforgery token from the page, post
/// the fields, follow nothing automatically.</summary>
public static partial class Forms
{
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the page.");
    }

    /// <summary>GETs <paramref name="pageUrl"/>, then POSTs <paramref name="fields"/> with its token to
    /// <paramref name="postUrl"/> (the page itself when null).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)page.StatusCode}.");
        }

        return await client.PostFormAsync(postUrl ?? pageUrl, AntiforgeryToken(html), fields);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.Append(new("__RequestVerificationToken", token));
        return client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static async Task SignInAsync(this HttpClient client, string userName, string password = "cellcrm2026")
    {
        var response = await client.SubmitAsync("/Account/Login", [new("Input.UserName", userName), new("Input.Password", password)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}.");
        }
    }

    /// <summary>The text of the page with tags removed and whitespace folded, for assertions on what a user reads.</summary>
    public static string VisibleText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " ")), " ");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<script[\\s\\S]*?</script>|<style[\\s\\S]*?</style>")]
    private static partial Regex Scripts();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
