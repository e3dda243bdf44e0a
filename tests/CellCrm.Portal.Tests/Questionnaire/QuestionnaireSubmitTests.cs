using System.Net;
using System.Security.Cryptography;
using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Tests.RealName;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Portal.Tests.Questionnaire;

/// <summary>健康调查 on MariaDB through both apps: the recipient submits answers and a handwritten signature, the
/// signed PDF is stored with its SHA-256 and shown to the advisor and the expert; bad input, repeats and other
/// customers leave nothing behind.</summary>
[Collection(RealNameCollection.Name)]
public class QuestionnaireSubmitTests(RealNameApps apps) : IAsyncLifetime
{
    private Guid _zhang;
    private Guid _list;

    public async ValueTask InitializeAsync()
    {
        await apps.ResetAsync();
        var zhang = SandboxWeChatUsers.All[0];
        _zhang = await SurveyScenario.VerifyAsync(apps, zhang.Name, zhang.OpenId, zhang.IdNumber!, zhang.Mobile);
        _list = await SurveyScenario.DemandListWithSurveyAsync(apps, _zhang);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Page => $"/Questionnaire/{_list}";

    [Fact]
    public async Task Submit_StoresTheSignedPdf_CompletesTheTask_AndTheAdvisorAndExpertSeeIt()
    {
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var html = await phone.GetStringAsync(Page);
        var form = Forms.VisibleText(html);
        Assert.Contains("肿瘤家族史", form);
        Assert.Contains("先签名，后提交", form);
        Assert.Contains("id=\"signer-name\">张晓梅<", html);

        var response = await phone.SubmitAsync(Page, [.. SurveyScenario.Answers(), SurveyScenario.Signature(SignaturePngs.Stroke())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已签名提交", Forms.VisibleText(await phone.GetStringAsync(Page)));
        var (q, list) = await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            return (await db.SubmittedQuestionnaires.AsNoTracking().SingleAsync(), await db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == _list));
        });
        Assert.Equal(q.Id, list.QuestionnaireId);
        Assert.Equal("张晓梅", q.SignerName);
        Assert.Equal(1, q.TemplateVersionNumber);
        Assert.Equal("青霉素过敏", q.Answers["allergy"].Detail);
        Assert.Equal(1, apps.StoredFileCount());

        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var task = await db.CustomerTasks.AsNoTracking().SingleAsync(t => t.Type == CustomerTaskType.HealthSurvey);
            Assert.Equal(CustomerTaskState.Done, task.State);
            var advisor = await sp.RefAsync("advisor");
            var expert = await sp.RefAsync("expert");
            var told = await db.Notifications.AsNoTracking().Where(n => n.Title == "健康调查已提交").Select(n => n.RecipientId).ToListAsync();
            Assert.Equal(new[] { advisor.Id, expert.Id }.Order(), told.Order());
            // The answers are health data: encrypted at rest.
            var stored = await db.Database.SqlQueryRaw<string>("SELECT AnswersJson AS Value FROM SubmittedQuestionnaires").SingleAsync();
            Assert.DoesNotContain("青霉素", stored);
        });

        // The advisor opens the list: answers, signer, hash; the PDF downloads with that hash and reads in Chinese.
        var advisorBrowser = apps.BackOffice.CreateBrowser();
        await advisorBrowser.SignInAsync("advisor");
        var details = Forms.VisibleText(await advisorBrowser.GetStringAsync($"/DemandLists/Details/{_list}"));
        Assert.Contains("健康调查（客户已签名）", details);
        Assert.Contains("有：青霉素过敏", details);
        Assert.Contains(q.PdfSha256Hex, details);
        var pdf = await advisorBrowser.GetAsync($"/DemandLists/QuestionnairePdf/{_list}?download=true");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal(q.PdfSha256Hex, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var text = await SurveyScenario.PdfTextAsync(bytes);
        foreach (var expected in new[] { "张晓梅", "肿瘤家族史", "有：祖父肺癌", "青霉素过敏", "睡眠欠佳，容易疲劳", DefaultQuestionnaire.NoneOfTheAbove, list.Number })
        {
            Assert.Contains(expected, text);
        }

        // The expert of the list sees it too; an advisor of another group does not.
        var expertBrowser = apps.BackOffice.CreateBrowser();
        await expertBrowser.SignInAsync("expert");
        Assert.Equal(HttpStatusCode.OK, (await expertBrowser.GetAsync($"/DemandLists/QuestionnairePdf/{_list}")).StatusCode);
        var other = apps.BackOffice.CreateBrowser();
        await other.SignInAsync("advisor2");
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/DemandLists/QuestionnairePdf/{_list}")).StatusCode);
    }

    [Fact]
    public async Task SecondSubmission_DoubleTapOrSecondTab_KeepsTheFirst_AndStoresNothingMore()
    {
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var token = Forms.AntiforgeryToken(await phone.GetStringAsync(Page));
        List<KeyValuePair<string, string>> fields = [.. SurveyScenario.Answers(), SurveyScenario.Signature(SignaturePngs.Stroke())];

        // Two at once (a double tap), then one more from a tab that was still open.
        var together = await Task.WhenAll(phone.PostFormAsync(Page, token, fields), phone.PostFormAsync(Page, token, fields));
        var later = await phone.PostFormAsync(Page, token, fields);

        Assert.All([.. together, later], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains("健康调查已提交，无需重复提交", Forms.VisibleText(await phone.GetStringAsync(Page)));
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(1, await db.SubmittedQuestionnaires.CountAsync());
            Assert.Equal(1, await db.StoredFiles.CountAsync());
            Assert.Equal(2, await db.Notifications.CountAsync(n => n.Title == "健康调查已提交"));
        });
        Assert.Equal(1, apps.StoredFileCount());
    }

    [Fact]
    public async Task EmptySignature_IsRefused_WithTheAnswersKept_AndNothingStored()
    {
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);

        var blank = await phone.SubmitAsync(Page, [.. SurveyScenario.Answers(), SurveyScenario.Signature(SignaturePngs.Blank())]);
        var none = await phone.SubmitAsync(Page, SurveyScenario.Answers());

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var html = await blank.Content.ReadAsStringAsync();
        Assert.Contains("签名为空，请先签名，后提交", Forms.VisibleText(html));
        Assert.Contains("睡眠欠佳，容易疲劳", html);
        Assert.Contains("请先签名，后提交", Forms.VisibleText(await none.Content.ReadAsStringAsync()));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task MissingAndIncompleteAnswers_AreNamedAtTheirQuestions_AndNothingStored()
    {
        var phone = await apps.SignInAsync(SandboxWeChatUsers.All[0].OpenId);
        var fields = SurveyScenario.Answers().Where(f => !f.Key.StartsWith("Answers[family_chronic]", StringComparison.Ordinal)
            && f.Key != "Answers[family_tumour].Detail").ToList();
        fields.Add(new("Answers[contraindications].Choices", "孕妇"));

        var response = await phone.SubmitAsync(Page, [.. fields, SurveyScenario.Signature(SignaturePngs.Stroke())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"err-family_chronic\">请选择有或无<", html);
        Assert.Matches("id=\"err-family_tumour\">选择“有”时请填写具体情况<", html);
        Assert.Matches("id=\"err-contraindications\">“以上情况均无”不能与其他选项同时选择<", html);
        Assert.Contains("还有 3 处需要填写或更正", Forms.VisibleText(html));
        Assert.Contains("青霉素过敏", html);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AnotherCustomer_GetsNotFound_ForTheQuestionnaireAndItsPost()
    {
        var li = SandboxWeChatUsers.All[1];
        var liId = await SurveyScenario.VerifyAsync(apps, li.Name, li.OpenId, li.IdNumber!, li.Mobile);
        var ownList = await SurveyScenario.DemandListWithSurveyAsync(apps, liId);
        var liPhone = await apps.SignInAsync(li.OpenId);

        Assert.Equal(HttpStatusCode.NotFound, (await liPhone.GetAsync(Page)).StatusCode);
        // A valid form of their own, posted to 张晓梅's questionnaire.
        var token = Forms.AntiforgeryToken(await liPhone.GetStringAsync($"/Questionnaire/{ownList}"));
        var post = await liPhone.PostFormAsync(Page, token, [.. SurveyScenario.Answers(), SurveyScenario.Signature(SignaturePngs.Stroke())]);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task VisitorWithoutRealName_IsAskedToVerify_AndCannotSign()
    {
        var visitor = await apps.SignInAsync(SandboxWeChatUsers.All[2].OpenId);

        var page = Forms.VisibleText(await visitor.GetStringAsync(Page));
        var token = Forms.AntiforgeryToken(await visitor.GetStringAsync("/RealName"));
        var post = await visitor.PostFormAsync(Page, token, [.. SurveyScenario.Answers(), SurveyScenario.Signature(SignaturePngs.Stroke())]);

        Assert.Contains("请先完成实名认证", page);
        Assert.DoesNotContain("肿瘤家族史", page);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("请先完成实名认证", Forms.VisibleText(await post.Content.ReadAsStringAsync()));
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, apps.StoredFileCount());
        await apps.BackOffice.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(0, await db.SubmittedQuestionnaires.CountAsync());
            Assert.Null(await db.DemandLists.Where(d => d.Id == _list).Select(d => d.QuestionnaireId).SingleAsync());
            Assert.Equal(CustomerTaskState.Pending, await db.CustomerTasks.Where(t => t.Type == CustomerTaskType.HealthSurvey && t.SubjectId == _list).Select(t => t.State).SingleAsync());
        });
    }
}
