using System.Diagnostics;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Health;
using CellCrm.Domain.RealName;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Questionnaire;

/// <summary>Arranges the back office's part before the portal's: a real-name verified customer bound to a sandbox
/// WeChat account, a demand list for them by the demo advisor with the demo expert, and 推送健康调查.</summary>
public static class SurveyScenario
{
    /// <summary>Binds the demo customer <paramref name="name"/> to <paramref name="openId"/> through an approved
    /// manual review, as customer service would.</summary>
    public static Task<Guid> VerifyAsync(RealNameApps apps, string name, string openId, string idNumber, string mobile) =>
        apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var customer = await db.Customers.SingleAsync(c => c.Name == name);
            var service = await sp.RefAsync("service");
            var now = DateTimeOffset.UtcNow;
            var review = RealNameVerification.SubmitForReview(openId, RealNameApplicant.Create(name, IdDocumentType.MainlandIdCard, idNumber, mobile),
                "2026/11/front-" + Guid.NewGuid().ToString("N")[..6], "2026/11/back-" + Guid.NewGuid().ToString("N")[..6], null, null, now);
            review.Approve(customer, service.Id, service.Name, now);
            db.RealNameVerifications.Add(review);
            await db.SaveChangesAsync();
            return customer.Id;
        });

    /// <summary>A demand list for <paramref name="recipientId"/> with 推送健康调查 done; returns the list's id.</summary>
    public static Task<Guid> DemandListWithSurveyAsync(RealNameApps apps, Guid recipientId) =>
        apps.BackOffice.WithScopeAsync(async sp =>
        {
            var list = await sp.AdvisorsDemandListAsync(recipientId);
            await sp.GetRequiredService<DemandListService>().PushAsync(list.Id, list.Version, await sp.RefAsync("advisor"),
                CustomerTaskType.HealthSurvey, Guid.NewGuid(), CancellationToken.None);
            return list.Id;
        });

    /// <summary>A complete, valid set of answers to the default template, as the form posts them.</summary>
    public static List<KeyValuePair<string, string>> Answers() =>
    [
        new("Answers[family_chronic].Yes", "false"),
        new("Answers[family_tumour].Yes", "true"),
        new("Answers[family_tumour].Detail", "祖父肺癌"),
        new("Answers[allergy].Yes", "true"),
        new("Answers[allergy].Detail", "青霉素过敏"),
        new("Answers[disease_history].Yes", "false"),
        new("Answers[main_complaint].Text", "睡眠欠佳，容易疲劳"),
        new("Answers[contraindications].Choices", DefaultQuestionnaire.NoneOfTheAbove),
    ];

    public static KeyValuePair<string, string> Signature(byte[] png) => new("Signature", "data:image/png;base64," + Convert.ToBase64String(png));

    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "cellcrm-survey-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
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
