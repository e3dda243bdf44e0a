using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.Portal.ViewComponents;

/// <summary>The home page's 我的待办 / 已办 panels for the signed-in customer.</summary>
public sealed class TaskListsViewComponent(CustomerTaskBoard board, ICurrentCustomer current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        current.CustomerId is { } customerId
            ? View(await board.ListsAsync(customerId, HttpContext.RequestAborted))
            : View("SignedOut");
}
