using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>The signed questionnaire PDF of a demand list, streamed from the file store to staff who may open the
/// list (its advisor and those whose data scope covers it, and its medical expert): inline to preview, or as a
/// download.</summary>
public class QuestionnairePdfModel(CellCrmDbContext db, DemandListAccess access, IFileStore store, ILogger<QuestionnairePdfModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, bool download, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var file = await (from d in db.DemandLists.AsNoTracking()
                          join q in db.SubmittedQuestionnaires.AsNoTracking() on d.QuestionnaireId equals q.Id
                          where d.Id == id
                          select new { d.Number, q.PdfFileKey, q.TemplateName }).FirstOrDefaultAsync(ct);
        if (file is null)
        {
            return NotFound();
        }

        Stream content;
        try
        {
            content = await store.OpenReadAsync(file.PdfFileKey, ct);
        }
        catch (FileNotFoundException)
        {
            logger.LogError("The signed questionnaire PDF {Key} of demand list {DemandListId} is missing from the file store", file.PdfFileKey, id);
            return NotFound();
        }

        var name = $"{file.TemplateName}-{file.Number}.pdf";
        Response.Headers.CacheControl = "private, no-store";
        return download ? File(content, "application/pdf", name) : File(content, "application/pdf");
    }
}
