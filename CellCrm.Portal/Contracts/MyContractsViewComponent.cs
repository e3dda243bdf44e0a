using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.Portal.Contracts;

/// <summary>The home page's 我的合同 panel: the signed-in customer's contracts with what is paid and due.</summary>
[ViewComponent(Name = "MyContracts")]
public sealed class MyContractsViewComponent(PortalContractQuery query, ICurrentCustomer current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(current.CustomerId is { } customerId ? await query.ListAsync(customerId, HttpContext.RequestAborted) : []);
}
