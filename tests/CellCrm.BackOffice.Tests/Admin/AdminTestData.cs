using System.Net;
using System.Text.RegularExpressions;
using CellCrm.Domain.Common;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CellCrm.BackOffice.Tests.Customers.CustomerTestData;

namespace CellCrm.BackOffice.Tests.Admin;

/// <summary>Helpers of the admin page tests: ids of demo records, form posts, the sign-in page's message.</summary>
internal static partial class AdminTestData
{
    public static Task<Guid> DepartmentIdAsync(this BackOfficeFactory app, string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    public static Task<Department> DepartmentAsync(this BackOfficeFactory app, string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Departments.AsNoTracking().SingleAsync(d => d.Name == name));

    public static Task<Guid> StaffIdAsync(this BackOfficeFactory app, string userName) =>
        app.WithScopeAsync(async sp => (await sp.RefAsync(userName)).Id);

    public static Task<StaffMember> StaffAsync(this BackOfficeFactory app, Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Staff.AsNoTracking().SingleAsync(s => s.Id == id));

    public static Task<List<AuditEntry>> AuditOfAsync(this BackOfficeFactory app, Guid rootId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().AuditEntries.AsNoTracking().Where(a => a.RootId == rootId).ToListAsync());

    /// <summary>Posts one handler of a page with the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostHandlerAsync(this HttpClient browser, string pageUrl, string handler, params (string Field, string Value)[] fields)
    {
        var html = await browser.ReadPageAsync(pageUrl);
        var url = handler.Length == 0 ? pageUrl : $"{pageUrl}?handler={handler}";
        return await browser.PostFormAsync(url, Forms.AntiforgeryToken(html), fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value)));
    }

    /// <summary>The hidden Version of the form posting to <paramref name="handler"/> on a department page.</summary>
    public static string Version(string html) =>
        Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

    /// <summary>Signs in through the page and returns the response: a redirect when it worked.</summary>
    public static Task<HttpResponseMessage> TrySignInAsync(this HttpClient browser, string userName, string password) =>
        browser.SubmitAsync("/Account/Login", [new("Input.UserName", userName), new("Input.Password", password)]);

    /// <summary>The message the sign-in page shows above the form.</summary>
    public static async Task<string> SignInMessageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var match = SummaryItem().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    [GeneratedRegex("validation-summary-errors[^>]*>\\s*<ul>\\s*<li>([^<]+)</li>")]
    private static partial Regex SummaryItem();
}
