using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Approvals;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>The counts in the navigation: approvals waiting for me and unread notifications.</summary>
public sealed class InboxBadgeViewComponent(ApprovalInbox inbox, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await inbox.CountsAsync(staff.Id, HttpContext.RequestAborted));
}
