using CellCrm.BackOffice.Services.DemandReports;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>体检报告 on the demand list page: the reports (preview, download), 代客户上传, remove, 完成上传 and reopen
/// for those who may handle them.</summary>
public sealed class DemandReportsViewComponent(CellCrmDbContext db, DemandReportService reports, DemandReportAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid listId)
    {
        var ct = HttpContext.RequestAborted;
        var right = await access.CheckAsync(listId, ct);
        if (right is ReportRight.NotFound or ReportRight.Denied)
        {
            return Content("");
        }

        var list = await db.DemandLists.AsNoTracking().SingleAsync(d => d.Id == listId, ct);
        return View(new DemandReportsView(list.Id, list.Version, list.ReportsOpen, list.IsEditable, list.ReportsCompletedAt, right,
            reports.MaxBytes, await reports.ListAsync(listId, ct)));
    }
}
