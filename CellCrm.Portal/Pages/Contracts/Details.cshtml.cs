using CellCrm.Portal.Contracts;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Contracts;

/// <summary>One of the customer's contracts: amount, paid, due, the 回款计划 lines with their state, and the payment
/// links waiting to be paid. Another customer's contract answers 404, as an unknown one does, and is logged.</summary>
public class DetailsModel(PortalContractQuery query, ICurrentCustomer me, ILogger<DetailsModel> logger) : PageModel
{
    public PortalContractView? Contract { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (me.CustomerId is not { } customerId)
        {
            return RedirectToPage("Index");
        }

        Contract = await query.FindAsync(customerId, id, ct);
        if (Contract is null)
        {
            logger.LogWarning("Portal customer {CustomerId} opened contract {ContractId}, which is not theirs or does not exist", customerId, id);
            return NotFound();
        }

        return Page();
    }
}
