using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.RealName;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.RealName;

/// <summary>One verification: what the customer submitted, the ID photos, face evidence, matching customer records,
/// and 通过 (bind the chosen record) / 驳回 (reason required).</summary>
[Authorize(Policy = RealNameReviewSetup.Policy)]
public class DetailsModel(RealNameService realName, CellCrmDbContext db, IFileStore files, ICurrentStaff staff, TimeProvider clock) : PageModel
{
    public RealNameVerification Verification { get; private set; } = null!;

    public IReadOnlyList<RealNameCandidate> Candidates { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    [BindProperty]
    public Guid? CustomerId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.RealNameVerifications.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } verification)
        {
            return NotFound();
        }

        Verification = verification;
        Now = clock.GetUtcNow();
        Candidates = await realName.CandidatesAsync(verification, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, string side, CancellationToken ct)
    {
        var keys = await db.RealNameVerifications.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { v.FrontPhotoKey, v.BackPhotoKey }).FirstOrDefaultAsync(ct);
        var key = side switch { "front" => keys?.FrontPhotoKey, "back" => keys?.BackPhotoKey, _ => null };
        if (key is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        var (content, type) = await IdPhotos.OpenAsync(files, key, ct);
        return File(content, type);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (CustomerId is not { } customerId)
        {
            TempData["ErrorMessage"] = "请选择要绑定的客户档案";
            return RedirectToPage(new { id });
        }

        return await ActAsync(id, me => realName.ApproveAsync(id, customerId, me, ct), "已通过，客户档案已绑定该微信账号");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "请填写驳回原因");
            return await OnGetAsync(id, ct);
        }

        return await ActAsync(id, me => realName.RejectAsync(id, Reason, me, ct), "已驳回，已通知客户");
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<StaffRef, Task> action, string done)
    {
        try
        {
            await action(new StaffRef(staff.Id, staff.Name));
            TempData["StatusMessage"] = done;
        }
        catch (DomainException e)
        {
            TempData["ErrorMessage"] = e.Message;
        }

        return RedirectToPage(new { id });
    }
}
