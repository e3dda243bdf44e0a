using CellCrm.Portal.Contracts;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Contracts;

/// <summary>我的合同 (SPEC §2.9): the customer's contracts and orders with amount, paid and due.</summary>
public class IndexModel(PortalContractQuery query, ICurrentCustomer me) : PageModel
{
    public IReadOnlyList<PortalContractView> Rows { get; private set; } = [];

    public bool Verified { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (me.CustomerId is { } customerId)
        {
            Verified = true;
            Rows = await query.ListAsync(customerId, ct);
        }

        return Page();
    }
}
