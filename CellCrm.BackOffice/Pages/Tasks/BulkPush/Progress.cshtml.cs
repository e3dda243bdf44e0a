using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Tasks;
using CellCrm.Domain.Organization;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Tasks.BulkPush;

/// <summary>The progress bar of one bulk push; only its creator (or an administrator) sees it.</summary>
[Authorize(Policy = TaskServices.BulkPushPolicy)]
public class ProgressModel(CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    public BulkPushRun Run { get; private set; } = null!;

    public BulkPushProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        Progress = Describe(run);
        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } run ? new JsonResult(Describe(run)) : NotFound();

    private async Task<BulkPushRun?> FindAsync(Guid id, CancellationToken ct)
    {
        var run = await db.BulkPushRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return run is not null && (run.StaffId == staff.Id || staff.IsInRole(StaffRoles.Admin)) ? run : null;
    }

    private static BulkPushProgress Describe(BulkPushRun run) => new(
        run.State switch
        {
            BulkPushState.Queued => "等待开始",
            BulkPushState.Running => "推送中",
            BulkPushState.Completed => "已完成",
        },
        run.Total, run.Pushed, run.Skipped, run.Percent, run.State == BulkPushState.Completed);
}
