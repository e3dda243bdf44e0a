using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Health;
using CellCrm.BackOffice.Services;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Questionnaires;

/// <summary>健康调查模板: the default template and each medical expert's own, with their versions.</summary>
public class IndexModel(CellCrmDbContext db, DemandListService demands, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Templates { get; private set; } = [];

    /// <summary>Experts without a template of their own (they get the default).</summary>
    public IReadOnlyList<(Guid Id, string Name)> ExpertsWithout { get; private set; } = [];

    [BindProperty]
    public Guid ExpertId { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var experts = await demands.MedicalExperts().Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var templates = await db.QuestionnaireTemplates.AsNoTracking().Include(t => t.Versions).ToListAsync(ct);
        Templates = templates
            .OrderBy(t => t.MedicalExpertId is null ? 0 : 1).ThenBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Name, t.MedicalExpertId is { } e ? experts.FirstOrDefault(x => x.Id == e)?.Name ?? "（已停用的专家）" : "默认（未单独设置的专家）",
                t.CurrentVersion.Number, t.CurrentVersion.PublishedAt, t.CurrentVersion.Definition.Questions.Count(), t.IsActive))
            .ToList();
        ExpertsWithout = experts.Where(e => templates.All(t => t.MedicalExpertId != e.Id)).OrderBy(e => e.Name).Select(e => (e.Id, e.Name)).ToList();
    }

    /// <summary>为专家新建: a copy of the current default, published as the expert's version 1.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var expert = await demands.MedicalExperts().Where(e => e.Id == ExpertId).Select(e => e.Name).SingleOrDefaultAsync(ct);
        if (expert is null || await db.QuestionnaireTemplates.AnyAsync(t => t.MedicalExpertId == ExpertId, ct))
        {
            TempData["ErrorMessage"] = "请选择尚未设置调查表的医学专家";
            return RedirectToPage();
        }

        var defaults = await db.QuestionnaireTemplates.AsNoTracking().Include(t => t.Versions).SingleAsync(t => t.MedicalExpertId == null, ct);
        var template = new QuestionnaireTemplate($"{DefaultQuestionnaire.Name}（{expert}）", ExpertId, defaults.CurrentVersion.Definition, staff.Id, clock.GetUtcNow());
        db.QuestionnaireTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = $"已为{expert}新建调查表，可在此基础上修改";
        return RedirectToPage("Edit", new { id = template.Id });
    }

    public sealed record Row(Guid Id, string Name, string Expert, int Version, DateTimeOffset PublishedAt, int Questions, bool IsActive);
}
