using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>The navigation's 待办审批 and 消息通知 entries. Their counts are not counted while the page renders:
/// wwwroot/js/nav-badges.js fetches them from <see cref="Services.Approvals.NavBadgesEndpoint"/> once the page is
/// shown, so no page (the customer search above all) waits on them, and they are never stale.</summary>
public sealed class InboxBadgeViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View();
}
