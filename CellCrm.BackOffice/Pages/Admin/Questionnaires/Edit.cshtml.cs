using CellCrm.BackOffice.Services;
using CellCrm.Domain.Common;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Questionnaires;

/// <summary>Edits a questionnaire template as rows of questions (consecutive rows with the same 分组 form a section)
/// and publishes the result as a new version. "添加问题" adds an empty row without saving anything.</summary>
public class EditModel(CellCrmDbContext db, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public List<QuestionRow> Rows { get; set; } = [];

    public IReadOnlyList<QuestionnaireTemplateVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var template = await LoadAsync(id, ct);
        if (template is null)
        {
            return NotFound();
        }

        Name = template.Name;
        Version = template.Version;
        Rows = template.CurrentVersion.Definition.Sections
            .SelectMany(s => s.Questions.Select(q => new QuestionRow
            {
                Section = s.Title, Key = q.Key, Text = q.Text, Type = q.Type, Required = q.Required,
                Options = string.Join('\n', q.Options), Exclusive = q.ExclusiveOption,
            }))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        Rows.Add(new QuestionRow { Section = Rows.LastOrDefault()?.Section, Key = $"q{Rows.Count + 1}" });
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        var template = await db.QuestionnaireTemplates.Include(t => t.Versions).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            return NotFound();
        }

        Versions = template.Versions.OrderByDescending(v => v.Number).ToList();
        if (template.Version != Version)
        {
            ModelState.AddModelError("", "模板已被他人修改，请刷新页面后重试");
            return Page();
        }

        try
        {
            var kept = Rows.Where(r => !r.Remove).ToList();
            var sections = kept
                .Select((r, i) => (Row: r, Index: i))
                .GroupBy(x => x.Row.Section?.Trim() ?? "")
                .OrderBy(g => g.Min(x => x.Index))
                .Select(g => new QuestionSection(g.Key, g.Select(x => x.Row.ToQuestion()).ToList()))
                .ToList();
            template.Rename(Name ?? "");
            var published = template.Publish(new QuestionnaireDefinition(sections), staff.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = $"已发布第 {published.Number} 版";
            return RedirectToPage(new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            ModelState.AddModelError("", "模板已被他人修改，请刷新页面后重试");
            return Page();
        }
    }

    private async Task<QuestionnaireTemplate?> LoadAsync(Guid id, CancellationToken ct)
    {
        var template = await db.QuestionnaireTemplates.AsNoTracking().Include(t => t.Versions).SingleOrDefaultAsync(t => t.Id == id, ct);
        Versions = template?.Versions.OrderByDescending(v => v.Number).ToList() ?? [];
        return template;
    }

    public sealed class QuestionRow
    {
        public string? Section { get; set; }

        public string? Key { get; set; }

        public string? Text { get; set; }

        public QuestionType Type { get; set; }

        public bool Required { get; set; }

        /// <summary>One option per line (choice questions only).</summary>
        public string? Options { get; set; }

        public string? Exclusive { get; set; }

        public bool Remove { get; set; }

        public Question ToQuestion() => new(
            Key?.Trim() ?? "", Text?.Trim() ?? "", Type, Required,
            (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            string.IsNullOrWhiteSpace(Exclusive) ? null : Exclusive.Trim());
    }
}
