using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Signing;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Sign;

/// <summary>我的签署: the signed-in customer's documents, those waiting for their signature first, then the signed ones.</summary>
public class IndexModel(SigningQueries queries, ICurrentCustomer current) : PageModel
{
    public bool SignedIn { get; private set; }

    public IReadOnlyList<SigningDocumentView> Waiting { get; private set; } = [];

    public IReadOnlyList<SigningDocumentView> Signed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return;
        }

        SignedIn = true;
        var all = await queries.ForCustomerAsync(customerId, ct);
        Waiting = all.Where(d => d.Status == SignableDocumentStatus.AwaitingSignature && !d.SignedByCustomer).ToList();
        Signed = all.Where(d => d.SignedByCustomer).ToList();
    }
}
