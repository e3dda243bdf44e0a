using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Health;
using CellCrm.Portal.Demands;
using CellCrm.Portal.Identity;
using CellCrm.Portal.Services.Demands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.Portal.Pages.Demands;

/// <summary>上传体检报告: the recipient's reports with thumbnails, the upload (the page's script streams each file to
/// <c>/Demands/{id}/Reports/Upload</c> with a progress bar), removal before completing, and 完成上传.</summary>
public class ReportsModel(PortalDemands demands, DemandReportService reports, ICurrentCustomer me, ILogger<ReportsModel> log) : PageModel
{
    public PortalDemand Demand { get; private set; } = null!;

    public IReadOnlyList<StoredFile> Reports { get; private set; } = [];

    public long MaxBytes => reports.MaxBytes;

    /// <summary>The empty item the upload script copies for each new report.</summary>
    public ReportItemView BlankItem => new(Demand.List.Id, "", "", "", "file", "", true);

    public ReportItemView Item(StoredFile f) =>
        new(Demand.List.Id, f.Id.ToString(), f.OriginalName, FileKinds.Size(f.Size), FileKinds.Of(f.Type), $"/Files/{f.Id}", Demand.List.ReportsOpen);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid fileId, CancellationToken ct) =>
        ActAsync(id, () => reports.RemoveAsync(id, fileId, ct), "已删除该报告", ct);

    /// <summary>完成上传. A second tap (the first already marked) answers with the same page, marking nothing again.</summary>
    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            var name = Demand.RecipientName;
            await reports.CompleteAsync(id, name, null, ct);
        }, "体检报告已完成上传，顾问已收到通知", ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        try
        {
            await action();
            TempData["StatusMessage"] = done;
            return RedirectToPage(new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (me.CustomerId is not { } customerId)
        {
            return RedirectToPage("/RealName/Index");
        }

        if (await demands.FindAsRecipientAsync(customerId, id, ct) is not { } demand)
        {
            log.LogWarning("Portal customer {CustomerId} opened the reports of demand list {DemandListId}, which is not theirs", customerId, id);
            return NotFound();
        }

        Demand = demand;
        Reports = await reports.ListAsync(id, ct);
        return null;
    }
}
