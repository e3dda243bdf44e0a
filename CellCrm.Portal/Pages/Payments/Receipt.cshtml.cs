using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Pages.Payments;

/// <summary>支付结果: the receipt of a paid link. The JSAPI callback is only a hint, so while the notify has not
/// arrived the page asks WeChat Pay itself (and credits what it reports), else says the result is being confirmed.</summary>
public class ReceiptModel(PortalPaymentQuery query, CellCrmDbContext db, PaymentAttemptSettler settler, ICurrentCustomer current,
    TimeProvider clock, ILogger<ReceiptModel> logger) : PageModel
{
    public PortalPaymentView? Link { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return RedirectToPage("Details", new { id });
        }

        Link = await query.FindAsync(customerId, id, ct);
        if (Link is null)
        {
            logger.LogWarning("Portal customer {CustomerId} opened the receipt of payment link {LinkId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        if (Link.State == PaymentLinkState.Pending && await CheckOpenOrderAsync(id, ct))
        {
            Link = await query.FindAsync(customerId, id, ct);
        }

        return Page();
    }

    private async Task<bool> CheckOpenOrderAsync(Guid id, CancellationToken ct)
    {
        var link = await db.PaymentLinks.Include(l => l.Attempts).SingleAsync(l => l.Id == id, ct);
        if (link.OpenAttempt is not { PrepayId: not null } open || !link.IsPayable(clock.GetUtcNow()))
        {
            return false;
        }

        // Only learns of a payment here; an unpaid order keeps its fresh prepay for another tap.
        return await settler.SettleAsync(link, open, closeFreshPrepay: false, ct) == SettleOutcome.Paid;
    }
}
