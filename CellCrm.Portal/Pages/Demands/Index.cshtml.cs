using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Demands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Demands;

/// <summary>我的需求: the demand lists where the customer is the recipient or the donor.</summary>
public class IndexModel(PortalDemands demands, ICurrentCustomer me) : PageModel
{
    public IReadOnlyList<PortalDemandRow> Rows { get; private set; } = [];

    public bool Verified { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (me.CustomerId is { } customerId)
        {
            Verified = true;
            Rows = await demands.ListAsync(customerId, ct);
        }

        return Page();
    }
}
