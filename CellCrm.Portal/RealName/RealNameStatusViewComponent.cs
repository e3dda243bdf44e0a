using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.RealName;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.RealName;

/// <summary>Home "签约及查询": 实名状态 (未实名 / 审核中 / 已实名), the entry to verify, and unread notices.</summary>
public class RealNameStatusViewComponent(RealNameService realName, CellCrmDbContext db, ICurrentCustomer me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        // The cookie carries the bound customer: sign-in re-reads the binding on every request until there is one.
        var verified = me.CustomerId is not null;
        var latest = await realName.LatestAsync(me.OpenId, ct);
        var notices = await db.RealNameNotices.AsNoTracking().Where(n => n.OpenId == me.OpenId)
            .OrderByDescending(n => n.CreatedAt).Take(3).ToListAsync(ct);
        return View(new RealNameStatusView(verified, latest, notices));
    }
}

public sealed record RealNameStatusView(bool Verified, RealNameVerification? Latest, IReadOnlyList<RealNameNotice> Notices)
{
    public bool Pending => !Verified && Latest?.Status == RealNameStatus.Pending;

    public string Label => Verified ? "已实名" : Pending ? "审核中" : "未实名";
}
