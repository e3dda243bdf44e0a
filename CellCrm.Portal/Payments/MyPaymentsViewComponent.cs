using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.Portal.Payments;

/// <summary>The home page's 我的缴费 panel: the signed-in customer's payment links, newest first.</summary>
[ViewComponent(Name = "MyPayments")]
public sealed class MyPaymentsViewComponent(PortalPaymentQuery query, ICurrentCustomer current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(current.CustomerId is { } customerId ? await query.ListAsync(customerId, HttpContext.RequestAborted) : []);
}
