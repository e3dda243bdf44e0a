using CellCrm.BackOffice.Services.DemandReports;
using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Health;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>体检报告 on the demand list page: the reports (preview, download), 代客户上传, remove, 完成上传 and reopen
/// for those who may handle them. Takes the list the page has already loaded.</summary>
public sealed class DemandReportsViewComponent(DemandReportService reports, DemandReportAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(DemandList list)
    {
        var ct = HttpContext.RequestAborted;
        var right = await access.CheckAsync(list.Id, ct);
        if (right is ReportRight.NotFound or ReportRight.Denied)
        {
            return Content("");
        }

        return View(new DemandReportsView(list.Id, list.Version, list.ReportsOpen, list.IsEditable, list.ReportsCompletedAt, right,
            reports.MaxBytes, await reports.ListAsync(list.Id, ct)));
    }
}
