using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.DemandReports;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Health;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>The actions of the demand list page's 体检报告 section (remove, 完成上传 on the customer's behalf, reopen);
/// each answers by going back to the list with a message. Uploads go to the streaming endpoint instead.</summary>
public class ReportsModel(DemandReportService reports, DemandReportAccess access, ICurrentStaff staff) : PageModel
{
    public IActionResult OnGet(Guid id) => RedirectToPage("Details", new { id });

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid fileId, CancellationToken ct) =>
        ActAsync(id, () => reports.RemoveAsync(id, fileId, ct), "已删除该报告", ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            if (!await reports.CompleteAsync(id, staff.Name, staff.Id, ct))
            {
                throw new DomainException("体检报告已完成上传");
            }
        }, "体检报告已完成上传", ct);

    public Task<IActionResult> OnPostReopenAsync(Guid id, int version, CancellationToken ct) =>
        ActAsync(id, () => reports.ReopenAsync(id, version, ct), "已重新开放上传，客户可继续上传或删除报告", ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        switch (await access.CheckAsync(id, ct))
        {
            case ReportRight.NotFound:
                return NotFound();
            case ReportRight.Denied:
            case ReportRight.View:
                return Forbid();
            case ReportRight.Manage:
                break;
        }

        try
        {
            await action();
            TempData["StatusMessage"] = done;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage("Details", new { id });
    }
}
