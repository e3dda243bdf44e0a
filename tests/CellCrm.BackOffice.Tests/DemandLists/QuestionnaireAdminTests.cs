using System.Net;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.DemandLists;

/// <summary>健康调查模板 administration: admins only; a change publishes a new version; a broken template is refused.</summary>
public class QuestionnaireAdminTests(BackOfficeFactory app) : IClassFixture<BackOfficeFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Admin_AddsAQuestion_AndPublishesVersion2_TheFirstStaysAsItWas()
    {
        var (id, rows) = await DefaultRowsAsync();
        var admin = app.CreateBrowser();
        await admin.SignInAsync("admin");

        rows.AddRange(Row(rows.Count / 7, "生活方式", "smoking", "是否吸烟", "YesNo", required: false));
        var response = await admin.SubmitAsync($"/Admin/Questionnaires/Edit/{id}", With(rows, 0), $"/Admin/Questionnaires/Edit/{id}?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var template = await TemplateAsync(id);
        Assert.Equal(2, template.CurrentVersion.Number);
        Assert.Contains(template.CurrentVersion.Definition.Questions, q => q.Key == "smoking");
        Assert.DoesNotContain(template.Versions.Single(v => v.Number == 1).Definition.Questions, q => q.Key == "smoking");
        Assert.Contains("第 2 版", Forms.VisibleText(await admin.GetStringAsync("/Admin/Questionnaires")));
    }

    [Fact]
    public async Task ABrokenTemplate_IsRefusedWithAMessage_AndNoVersionIsAdded()
    {
        var (id, rows) = await DefaultRowsAsync();
        var admin = app.CreateBrowser();
        await admin.SignInAsync("admin");

        rows.AddRange(Row(rows.Count / 7, "生活方式", "diet", "饮食习惯", "SingleChoice", required: true, options: "清淡"));
        var response = await admin.SubmitAsync($"/Admin/Questionnaires/Edit/{id}", With(rows, 0), $"/Admin/Questionnaires/Edit/{id}?handler=Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("选择题“饮食习惯”至少需要两个不重复的选项", Forms.VisibleText(await response.Content.ReadAsStringAsync()));
        Assert.Equal(1, (await TemplateAsync(id)).CurrentVersion.Number);
    }

    [Fact]
    public async Task NonAdmins_CannotOpenOrPublish()
    {
        var (id, rows) = await DefaultRowsAsync();
        var expert = app.CreateBrowser();
        await expert.SignInAsync("expert");

        Assert.Equal(HttpStatusCode.Redirect, (await expert.GetAsync("/Admin/Questionnaires")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await expert.GetAsync($"/Admin/Questionnaires/Edit/{id}")).StatusCode);
        Assert.Equal(1, (await TemplateAsync(id)).CurrentVersion.Number);
        Assert.NotEmpty(rows);
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> rows, int version) =>
        [.. rows, new("Version", version.ToString()), new("Name", DefaultQuestionnaire.Name)];

    private static IEnumerable<KeyValuePair<string, string>> Row(int i, string section, string key, string text, string type, bool required, string options = "")
    {
        yield return new($"Rows[{i}].Section", section);
        yield return new($"Rows[{i}].Key", key);
        yield return new($"Rows[{i}].Text", text);
        yield return new($"Rows[{i}].Type", type);
        yield return new($"Rows[{i}].Required", required ? "true" : "false");
        yield return new($"Rows[{i}].Options", options);
        yield return new($"Rows[{i}].Exclusive", "");
    }

    /// <summary>The default template's current questions as the edit form posts them.</summary>
    private async Task<(Guid Id, List<KeyValuePair<string, string>> Rows)> DefaultRowsAsync()
    {
        var template = await app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>().QuestionnaireTemplates.AsNoTracking()
            .Include(t => t.Versions).SingleAsync(t => t.MedicalExpertId == null));
        var rows = new List<KeyValuePair<string, string>>();
        var i = 0;
        foreach (var section in template.CurrentVersion.Definition.Sections)
        {
            foreach (var q in section.Questions)
            {
                rows.AddRange(Row(i, section.Title, q.Key, q.Text, q.Type.ToString(), q.Required, string.Join('\n', q.Options)));
                rows[^1] = new($"Rows[{i}].Exclusive", q.ExclusiveOption ?? "");
                i++;
            }
        }

        return (template.Id, rows);
    }

    private Task<QuestionnaireTemplate> TemplateAsync(Guid id) => app.WithScopeAsync(sp => sp.GetRequiredService<CellCrmDbContext>()
        .QuestionnaireTemplates.AsNoTracking().Include(t => t.Versions).SingleAsync(t => t.Id == id));
}
