using System.Diagnostics;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Signing;

/// <summary>The back office's part before the customer signs: an electronic contract of the demo advisor for the
/// customer, with two priced product lines, submitted (待签署).</summary>
public static class SigningScenario
{
    public static Task<Guid> PendingElectronicContractAsync(RealNameApps apps, Guid customerId) =>
        apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var stem = await db.Products.SingleAsync(p => p.Code == "SC-UC-TBF");
            var immune = await db.Products.SingleAsync(p => p.Code == "IC-CIK-RX");
            stem.SetListPrice(68_000_00);
            immune.SetListPrice(19_800_00);
            await db.SaveChangesAsync();
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
            var hospital = await db.Hospitals.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync();
            var advisor = await sp.RefAsync("advisor");
            var contracts = sp.GetRequiredService<ContractService>();
            var details = new ContractDetails(ContractBusinessType.CellHealth, ContractOrderType.Electronic, customerId, null, customer.Mobile, true,
                hospital, "产科", "深圳市", DateTimeOffset.UtcNow, CertificateType.Electronic, true, null, []);
            var contract = await contracts.CreateAsync(new ContractDraft(details, [new(stem.Id, 1, null), new(immune.Id, 1, null)], null, null),
                advisor, await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
            await contracts.SubmitAsync(contract.Id, contract.Version, advisor, CancellationToken.None);
            return contract.Id;
        });

    /// <summary>生成并推送签署 through the contract page, as the advisor; returns the back-office browser.</summary>
    public static async Task<(HttpClient Advisor, HttpResponseMessage Response)> PushAsync(RealNameApps apps, Guid contractId, string staff = "advisor")
    {
        var browser = apps.BackOffice.CreateBrowser();
        await browser.SignInAsync(staff);
        var page = await browser.GetStringAsync($"/Contracts/Details/{contractId}");
        var requestKey = System.Text.RegularExpressions.Regex.Match(page, "name=\"RequestKey\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await browser.PostFormAsync($"/Contracts/Signing/{contractId}?handler=Push", Forms.AntiforgeryToken(page),
            [new("RequestKey", requestKey.Length > 0 ? requestKey : Guid.NewGuid().ToString())]);
        return (browser, response);
    }

    public static Task<ContractStatus> ContractStatusAsync(RealNameApps apps, Guid contractId) =>
        apps.BackOffice.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Contracts.Where(c => c.Id == contractId).Select(c => c.Status).SingleAsync());

    /// <summary>Opens the signing page as the browser does and posts the signature with the file hash the page showed.</summary>
    public static async Task<HttpResponseMessage> SignAsync(HttpClient phone, Guid documentId, byte[]? png)
    {
        var page = await phone.GetStringAsync($"/Sign/{documentId}");
        List<KeyValuePair<string, string>> fields = [new("ShownSha256", ShownSha256(page))];
        if (png is not null)
        {
            fields.Add(Signature(png));
        }

        return await phone.PostFormAsync($"/Sign/{documentId}", Forms.AntiforgeryToken(page), fields);
    }

    public static string ShownSha256(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"ShownSha256\" value=\"([0-9a-f]{64})\"").Groups[1].Value;

    public static KeyValuePair<string, string> Signature(byte[] png) => new("Signature", "data:image/png;base64," + Convert.ToBase64String(png));

    /// <summary>Runs a poppler tool on the PDF; pdfsig exits 0 for valid and invalid signatures alike, so callers read its text.</summary>
    public static async Task<string> PopplerAsync(string tool, byte[] pdf, params string[] before)
    {
        var path = Path.Combine(Path.GetTempPath(), "cellcrm-sign-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in before.Append(path))
            {
                start.ArgumentList.Add(argument);
            }

            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return await output + await error;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
