using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Tasks;
using CellCrm.Domain.Common;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Tasks;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Tasks.BulkPush;

/// <summary>批量推送: starts a background run over the customers in the staff member's scope that carry a tag.</summary>
[Authorize(Policy = TaskServices.BulkPushPolicy)]
public class IndexModel(CellCrmDbContext db, ICurrentStaff staff, IBackgroundJobClient jobs, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BulkPushInput Input { get; set; } = new();

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public IReadOnlyList<BulkPushRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var run = new BulkPushRun(Input.Tag!, Input.ToTask(), staff.Id, staff.Name, clock.GetUtcNow());
                db.BulkPushRuns.Add(run);
                await db.SaveChangesAsync(ct);
                jobs.Enqueue<BulkPushJob>(j => j.RunAsync(run.Id, CancellationToken.None));
                return RedirectToPage("Progress", new { id = run.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field is null ? "" : "Input." + e.Field, e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await staff.GetScopeAsync(ct);
        Tags = await db.Customers.AsNoTracking().VisibleTo(scope).SelectMany(c => c.Tags).Select(t => t.Name)
            .Distinct().OrderBy(n => n).Take(200).ToListAsync(ct);
        var me = staff.Id;
        Runs = await db.BulkPushRuns.AsNoTracking().Where(r => r.StaffId == me).OrderByDescending(r => r.CreatedAt).Take(10).ToListAsync(ct);
    }
}
