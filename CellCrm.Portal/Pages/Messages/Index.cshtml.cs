using CellCrm.Domain.Messaging;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Messages;

/// <summary>消息: the notices that reached the customer in the portal (those WeChat could not deliver).</summary>
public class IndexModel(PortalInbox inbox, ICurrentCustomer current) : PageModel
{
    public IReadOnlyList<PortalMessage> Messages { get; private set; } = [];

    public bool SignedIn { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (current.CustomerId is { } customerId)
        {
            SignedIn = true;
            Messages = await inbox.ListAsync(customerId, ct);
        }
    }

    /// <summary>Opens one message: marks it read and follows its link (only a local path).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid messageId, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId || await inbox.OpenAsync(customerId, messageId, ct) is not { } message)
        {
            return NotFound();
        }

        return message.Url is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage();
    }
}
