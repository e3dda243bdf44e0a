using System.Net;
using System.Text.RegularExpressions;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Customers;

/// <summary>The demo customers (see DemoSeeder) and helpers to read the database and the pages in customer tests.</summary>
internal static partial class CustomerTestData
{
    public const string ZhangMobile = "13800138000";   // 张晓梅, advisor (深圳一组), has an ID number
    public const string LiMobile = "13912345678";      // 李建国, advisor
    public const string WangMobile = "13600001111";    // 王丽, advisor, no ID number
    public const string LiuMobile = "13700002222";     // 刘强, advisor2 (深圳二组)
    public const string ChenMobile = "13500003333";    // 陈静, advisor2

    /// <summary>张晓梅's mainland ID number, check character included.</summary>
    public static string ZhangIdNumber => "44030519850312002" + IdDocument.MainlandCheckCharacter("44030519850312002");

    public static async Task<HttpClient> SignedInAsync(this BackOfficeFactory app, string userName)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(userName);
        return browser;
    }

    public static Task<Guid> CustomerIdAsync(this BackOfficeFactory app, string mobile) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var hash = db.Protector.LookupHash(mobile);
        return await db.Customers.Where(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash).Select(c => c.Id).SingleAsync();
    });

    public static Task<Customer?> FindCustomerAsync(this BackOfficeFactory app, string mobile) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CellCrmDbContext>();
        var hash = db.Protector.LookupHash(mobile);
        return await db.Customers.AsNoTracking().Include(c => c.Tags)
            .SingleOrDefaultAsync(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash);
    });

    public static Task<T> QueryAsync<T>(this BackOfficeFactory app, Func<CellCrmDbContext, Task<T>> query) =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<CellCrmDbContext>()));

    /// <summary>A complete customer form; <paramref name="changes"/> override or add fields ("Name" means "Input.Name").</summary>
    public static List<KeyValuePair<string, string>> Form(string name, string mobile, params (string Field, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name, ["Mobile"] = mobile, ["Gender"] = "Female", ["Birthday"] = "", ["IdType"] = "MainlandIdCard",
            ["IdNumber"] = "", ["WeChatId"] = "", ["Occupation"] = "", ["Address"] = "", ["SourceChannel"] = "Hospital",
            ["SourceType"] = "", ["Inviter"] = "", ["IntendedProduct"] = "干细胞", ["SigningIntention"] = "Medium",
            ["Remarks"] = "", ["Tags"] = "", ["Family"] = "New", ["FamilyMemberMobile"] = "", ["Version"] = "0",
        };
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return fields.Select(f => new KeyValuePair<string, string>("Input." + f.Key, f.Value)).ToList();
    }

    /// <summary>The message shown under one input (the validation span for <paramref name="field"/>), or "".</summary>
    public static string FieldMessage(string html, string field)
    {
        var match = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    public static string InputValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No input {name} on the page.");
    }

    /// <summary>A refused per-record check: 403, or the redirect to the access-denied page that answers 403.</summary>
    public static void AssertDenied(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.OriginalString.Replace("https://localhost", ""));
    }

    public static async Task<string> ReadPageAsync(this HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The names linked in the customer list's table, in order.</summary>
    public static IReadOnlyList<string> ListedNames(string html) =>
        ListedName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<td><a href=\"/Customers/Details/[0-9a-f-]+\">([^<]+)</a></td>")]
    private static partial Regex ListedName();
}
