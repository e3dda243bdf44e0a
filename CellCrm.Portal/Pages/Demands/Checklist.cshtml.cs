using CellCrm.Domain.Health;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Demands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Demands;

/// <summary>体检清单 (seed 000 §3.2): the adult or child exam items by the recipient's age, then "已知晓，去上传体检报告".
/// Only the recipient sees it.</summary>
public class ChecklistModel(PortalDemands demands, ICurrentCustomer me, ILogger<ChecklistModel> log) : PageModel
{
    public PortalDemand Demand { get; private set; } = null!;

    public ExamChecklist Checklist { get; private set; } = ExamChecklist.Adult;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (me.CustomerId is not { } customerId)
        {
            return RedirectToPage("/RealName/Index");
        }

        if (await demands.FindAsRecipientAsync(customerId, id, ct) is not { } demand)
        {
            log.LogWarning("Portal customer {CustomerId} opened the exam checklist of demand list {DemandListId}, which is not theirs", customerId, id);
            return NotFound();
        }

        Demand = demand;
        Checklist = ExamChecklist.ForAge(demand.RecipientAge);
        return Page();
    }
}
