using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace CellCrm.Portal.Pages.Tasks;

/// <summary>The deep link of a pushed message. Another customer's task answers 404, as an unknown one does, and
/// the attempt is logged.</summary>
public class DetailsModel(CustomerTaskBoard board, ICurrentCustomer current, ILogger<DetailsModel> logger) : PageModel
{
    public PortalTaskItem? Item { get; private set; }

    public bool SignedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Page();
        }

        SignedIn = true;
        Item = await board.FindAsync(customerId, id, ct);
        if (Item is null)
        {
            logger.LogWarning("Portal customer {CustomerId} opened task {TaskId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        // A 缴费通知 opens its payment page (which checks ownership again).
        if (Item is { SubjectType: "PaymentLink", SubjectId: { } linkId })
        {
            return RedirectToPage("/Payments/Details", new { id = linkId });
        }

        return Page();
    }
}
