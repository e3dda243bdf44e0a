using System.Net;
using System.Text.RegularExpressions;
using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.DemandLists;

/// <summary>需求清单 over HTTP on MariaDB: create within scope, validation, the plan loop between the advisor and the
/// medical expert, and numbering under concurrency.</summary>
public partial class DemandListPagesTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Advisor_CreatesADemandList_ForOwnCustomer_OthersCannotOpenIt()
    {
        var zhang = await CustomerIdAsync("张晓梅");
        var expert = await app.WithScopeAsync(sp => sp.RefAsync("expert"));
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");

        var response = await advisor.SubmitAsync($"/DemandLists/Create?customerId={zhang}", Fields(zhang, expert.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists.AsNoTracking().SingleAsync());
        Assert.Matches(DmlNumber(), list.Number);
        Assert.Equal(zhang, list.DonorId);
        Assert.Equal("郑专家", list.MedicalExpertName);

        var text = Forms.VisibleText(await advisor.GetStringAsync($"/DemandLists/Details/{list.Id}"));
        Assert.Contains("待审核", text);
        Assert.Contains("体检报告 未完成上传", text);
        Assert.Contains(list.Number, Forms.VisibleText(await advisor.GetStringAsync("/DemandLists?Status=Pending")));
        Assert.DoesNotContain(list.Number, Forms.VisibleText(await advisor.GetStringAsync("/DemandLists?Status=Approved")));

        // Another group's advisor can neither open it nor create one for that customer.
        var advisor2 = app.CreateBrowser();
        await advisor2.SignInAsync("advisor2");
        Assert.Equal(HttpStatusCode.Redirect, (await advisor2.GetAsync($"/DemandLists/Details/{list.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await advisor2.GetAsync($"/DemandLists/Create?customerId={zhang}")).StatusCode);
        Assert.DoesNotContain(list.Number, Forms.VisibleText(await advisor2.GetStringAsync("/DemandLists")));

        // The expert it is assigned to sees it among the lists to review.
        var expertBrowser = app.CreateBrowser();
        await expertBrowser.SignInAsync("expert");
        Assert.Contains(list.Number, Forms.VisibleText(await expertBrowser.GetStringAsync("/DemandLists?AsExpert=true")));
    }

    [Fact]
    public async Task MissingRequiredFields_AreNamed_AndNothingIsSaved()
    {
        var zhang = await CustomerIdAsync("张晓梅");
        var expert = await app.WithScopeAsync(sp => sp.RefAsync("expert"));
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");

        var fields = Fields(zhang, expert.Id).Where(f => f.Key is not ("Input.Purpose" or "Input.Relationship")).ToList();
        fields.Add(new("Input.Relationship", "OtherRelative"));
        var response = await advisor.SubmitAsync($"/DemandLists/Create?customerId={zhang}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写用途", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists.CountAsync()));

        fields.Add(new("Input.Purpose", "抗衰"));
        response = await advisor.SubmitAsync($"/DemandLists/Create?customerId={zhang}", fields);
        Assert.Contains("请选择储户", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists.CountAsync()));
    }

    [Fact]
    public async Task PlanLoop_ThroughThePages_IssueDisagreeReviseAgree()
    {
        var id = await ReadyListAsync();
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var expert = app.CreateBrowser();
        await expert.SignInAsync("expert");
        var page = $"/DemandLists/Details/{id}";

        await Post(advisor, page, "Submit", []);
        Assert.Contains("专家审核报告", Forms.VisibleText(await expert.GetStringAsync(page)));

        // Only the list's expert issues plans: the advisor posting the expert's form is refused, nothing stored.
        var refused = await Post(advisor, page, "IssuePlan", Plan(3));
        Assert.Contains("只有本需求清单的医学专家（郑专家）可以审核和出具方案", Forms.VisibleText(await refused.Content.ReadAsStringAsync()));

        await Post(expert, page, "IssuePlan", Plan(3));
        await Post(advisor, page, "RequestChange", [new("Comment", "客户希望分两次回输")]);
        await Post(expert, page, "IssuePlan", Plan(2));
        await Post(advisor, page, "Agree", [new("Comment", "同意")]);

        var list = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists.AsNoTracking()
            .Include(d => d.Plans).SingleAsync(d => d.Id == id));
        Assert.Equal(DemandReviewStatus.Approved, list.ReviewStatus);
        Assert.Equal([PlanDecision.ChangeRequested, PlanDecision.Agreed], list.Plans.OrderBy(p => p.Number).Select(p => p.Decision));
        var text = Forms.VisibleText(await advisor.GetStringAsync(page));
        Assert.Contains("已通过", text);
        Assert.Contains("第 1 版", text);
        Assert.Contains("不同意，要求修改", text);
        Assert.Contains("客户希望分两次回输", text);

        // Both sides were told at each turn.
        var notices = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            return await db.Notifications.AsNoTracking().Select(n => n.Title).ToListAsync();
        });
        Assert.Contains("需求清单待审核", notices);
        Assert.Contains("方案需修改", notices);
        Assert.Contains("方案已确认", notices);
        Assert.Equal(2, notices.Count(n => n == "方案已出具"));
    }

    [Fact]
    public async Task Submit_IsRefused_UntilReportsAndQuestionnaire()
    {
        var zhang = await CustomerIdAsync("张晓梅");
        var id = await CreateAsync(zhang);
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");

        var response = await Post(advisor, $"/DemandLists/Details/{id}", "Submit", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("体检报告尚未上传完成，不能提交审批", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(DemandReviewStatus.Pending, await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists
            .Where(d => d.Id == id).Select(d => d.ReviewStatus).SingleAsync()));
    }

    [Fact]
    public async Task Numbers_AreUnique_UnderConcurrentCreation()
    {
        var zhang = await CustomerIdAsync("张晓梅");

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => CreateAsync(zhang)));

        var numbers = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists
            .Where(d => ids.Contains(d.Id)).Select(d => d.Number).ToListAsync());
        Assert.Equal(12, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(DmlNumber(), n));
    }

    [Fact]
    public async Task PushExamChecklistAndSurvey_CreateTasksAndMessagesForTheRecipient_ADoubleClickPushesOnce()
    {
        var zhang = await CustomerIdAsync("张晓梅");
        var id = await CreateAsync(zhang);
        var advisor = app.CreateBrowser();
        await advisor.SignInAsync("advisor");
        var page = $"/DemandLists/Details/{id}";
        var key = Guid.NewGuid().ToString();

        await Post(advisor, page, "PushExam", [new("RequestKey", key)]);
        await Post(advisor, page, "PushExam", [new("RequestKey", key)]);
        await Post(advisor, page, "PushSurvey", [new("RequestKey", Guid.NewGuid().ToString())]);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var tasks = await db.CustomerTasks.AsNoTracking().Where(t => t.CustomerId == zhang).ToListAsync();
            Assert.Single(tasks, t => t.Type == CustomerTaskType.ExamChecklist);
            Assert.Single(tasks, t => t.Type == CustomerTaskType.HealthSurvey);
            var taskIds = tasks.Select(t => t.Id).ToList();
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.TaskId != null && taskIds.Contains(m.TaskId.Value)));
            var list = await db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == id);
            Assert.NotNull(list.ExamChecklistPushedAt);
            Assert.NotNull(list.QuestionnairePushedAt);
        });
        Assert.Contains("已推送，客户未提交", Forms.VisibleText(await advisor.GetStringAsync(page)));
    }

    [Fact]
    public async Task PushAndSubmit_ByTheListsExpert_AreRefused_AndNothingIsPushed()
    {
        // The expert may open the list (to review it) but the advisor's steps are not theirs, whatever they post.
        var id = await ReadyListAsync();
        var expert = app.CreateBrowser();
        await expert.SignInAsync("expert");
        var page = $"/DemandLists/Details/{id}";

        var push = await Post(expert, page, "PushExam", [new("RequestKey", Guid.NewGuid().ToString())]);
        var submit = await Post(expert, page, "Submit", []);

        Assert.Contains("只有负责该需求清单的顾问可以推送体检清单", Forms.VisibleText(await push.Content.ReadAsStringAsync()));
        Assert.Contains("只有负责该需求清单的顾问可以提交审批", Forms.VisibleText(await submit.Content.ReadAsStringAsync()));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            Assert.Equal(0, await db.CustomerTasks.CountAsync(t => t.SubjectId == id));
            var list = await db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == id);
            Assert.Null(list.ExamChecklistPushedAt);
            Assert.Equal(DemandReviewStatus.Pending, list.ReviewStatus);
        });
    }

    [Fact]
    public async Task DefaultQuestionnaire_IsSeeded_AndReadsBackFromTheDatabase()
    {
        var template = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().QuestionnaireTemplates.AsNoTracking()
            .Include(t => t.Versions).SingleAsync(t => t.MedicalExpertId == null));

        Assert.Equal(DefaultQuestionnaire.Name, template.Name);
        var questions = template.CurrentVersion.Definition.Questions.ToList();
        Assert.Contains(questions, q => q.Text == "肿瘤家族史" && q.Type == QuestionType.YesNo);
        Assert.Contains(questions, q => q.ExclusiveOption == DefaultQuestionnaire.NoneOfTheAbove);
    }

    private static List<KeyValuePair<string, string>> Fields(Guid recipient, Guid expert) =>
    [
        new("Input.RecipientId", recipient.ToString()), new("Input.Relationship", "Self"), new("Input.CellSource", "Autologous"),
        new("Input.IntendedProduct", "StemCell"), new("Input.Purpose", "抗衰"), new("Input.BasicSituation", "身体健康，睡眠欠佳"),
        new("Input.Appeal", "改善睡眠"), new("Input.MedicalExpertId", expert.ToString()), new("Input.StorageType", "三存"),
    ];

    private static List<KeyValuePair<string, string>> Plan(int sessions) =>
    [
        new("Plan.CellType", "间充质干细胞"), new("Plan.Route", "静脉输注"), new("Plan.CellCount", "1×10⁸"), new("Plan.Sessions", sessions.ToString()),
    ];

    /// <summary>Posts one of the detail page's forms with the list's current version (as the page would).</summary>
    private async Task<HttpResponseMessage> Post(HttpClient browser, string page, string handler, List<KeyValuePair<string, string>> fields)
    {
        var id = Guid.Parse(page[(page.LastIndexOf('/') + 1)..]);
        var version = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().DemandLists
            .Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        fields.Add(new("Version", version.ToString()));
        return await browser.SubmitAsync(page, fields, $"{page}?handler={handler}");
    }

    private Task<Guid> CreateAsync(Guid recipient) => app.WithScopeAsync(async sp => (await sp.AdvisorsDemandListAsync(recipient)).Id);

    /// <summary>A list whose reports are complete and whose questionnaire was signed (the portal's part).</summary>
    private async Task<Guid> ReadyListAsync()
    {
        var id = await CreateAsync(await CustomerIdAsync("张晓梅"));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CellCrmDbContext>();
            var list = await db.DemandLists.SingleAsync(d => d.Id == id);
            list.MarkReportsComplete(2, DateTimeOffset.UtcNow);
            list.AttachSignedQuestionnaire(Guid.NewGuid(), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<Guid> CustomerIdAsync(string name) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().Customers.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    [GeneratedRegex(@"^DML\d{6}\d{3,}$")]
    private static partial Regex DmlNumber();
}
