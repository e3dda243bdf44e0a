using CellCrm.BackOffice.Services.Questionnaires;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>The signed 健康调查 on the demand list page (the page has already checked the viewer may see the list):
/// answers read with the template version they were given on, the signer, time, origin, the PDF and its SHA-256.</summary>
public sealed class SignedQuestionnaireViewComponent(CellCrmDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid demandListId, Guid? questionnaireId)
    {
        var ct = HttpContext.RequestAborted;
        var q = questionnaireId is { } id ? await db.SubmittedQuestionnaires.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        if (q is null)
        {
            return Content("");
        }

        var definition = (await db.QuestionnaireTemplateVersions.AsNoTracking().SingleAsync(v => v.Id == q.TemplateVersionId, ct)).Definition;
        var answers = q.Answers;
        var sections = definition.Sections
            .Select(s => (s.Title, (IReadOnlyList<KeyValuePair<string, string>>)s.Questions
                .Select(x => new KeyValuePair<string, string>(x.Text, QuestionnaireAnswers.Display(x, answers.GetValueOrDefault(x.Key)))).ToList()))
            .ToList();
        return View(new SignedQuestionnaireView(q, demandListId, sections));
    }
}
