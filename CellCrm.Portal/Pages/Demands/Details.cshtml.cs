using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Health;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Demands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Demands;

/// <summary>需求详情 (seed 000 §3.4): the recipient sees the checklist, their reports, the questionnaire and the plan's
/// progress (the plan itself once approved); a donor who is not the recipient sees only what concerns the donor.
/// Anyone else's list answers 404.</summary>
public class DetailsModel(PortalDemands demands, DemandReportService reports, ICurrentCustomer me, ILogger<DetailsModel> log) : PageModel
{
    public PortalDemand Demand { get; private set; } = null!;

    public IReadOnlyList<StoredFile> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (me.CustomerId is not { } customerId)
        {
            return RedirectToPage("/RealName/Index");
        }

        if (await demands.FindAsync(customerId, id, ct) is not { } demand)
        {
            log.LogWarning("Portal customer {CustomerId} opened demand list {DemandListId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        Demand = demand;
        if (demand.IsRecipient)
        {
            Reports = await reports.ListAsync(id, ct);
        }

        return Page();
    }
}
