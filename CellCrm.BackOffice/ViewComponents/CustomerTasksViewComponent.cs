using CellCrm.BackOffice.Services.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>The 任务 section of the customer page; the page has already checked the viewer may see the customer.</summary>
public sealed class CustomerTasksViewComponent(CustomerTasksQuery query) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid customerId)
    {
        ViewData["CustomerId"] = customerId;
        return View(await query.ForCustomerAsync(customerId, HttpContext.RequestAborted));
    }
}
