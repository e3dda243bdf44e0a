using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Health;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DemandLists;

/// <summary>需求清单详情: the fields, the preparation progress (checklist, reports, questionnaire), the plan loop with
/// every version, and the actions the viewer may take now (submit; the expert's reject / issue plan; the advisor's
/// agree / ask for a change).</summary>
public class DetailsModel(CellCrmDbContext db, DemandListService service, DemandListAccess access, AuditHistory audit, ICurrentStaff staff) : PageModel
{
    public DemandList List { get; private set; } = null!;

    public string RecipientName { get; private set; } = "";

    public string DonorName { get; private set; } = "";

    public string OwnerName { get; private set; } = "";

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public bool IsExpert => List.MedicalExpertId == staff.Id;

    public bool IsOwner => List.OwnerId == staff.Id;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public PlanInput Plan { get; set; } = new();

    /// <summary>One per rendering of the page: a double click on a push button pushes once.</summary>
    [BindProperty]
    public Guid RequestKey { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        if (List.CurrentPlan is { } current)
        {
            Plan = PlanInput.From(current);
        }

        return Page();
    }

    public Task<IActionResult> OnPostPushExamAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.PushAsync(id, Version, Me, CustomerTaskType.ExamChecklist, RequestKey, ct), "已向受者推送体检清单", ct);

    public Task<IActionResult> OnPostPushSurveyAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.PushAsync(id, Version, Me, CustomerTaskType.HealthSurvey, RequestKey, ct), "已向受者推送健康调查", ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.SubmitAsync(id, Version, Me, ct), "已提交医学专家审核", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.RejectAsync(id, Version, Me, Comment ?? "", ct), "已驳回，顾问补充后可重新提交", ct);

    public Task<IActionResult> OnPostIssuePlanAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.IssuePlanAsync(id, Version, Me, Plan.ToContent(), ct), "方案已出具，等待顾问确认", ct);

    public Task<IActionResult> OnPostAgreeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.AgreePlanAsync(id, Version, Me, Comment, ct), "已同意方案，需求清单审核通过", ct);

    public Task<IActionResult> OnPostRequestChangeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.RequestPlanChangeAsync(id, Version, Me, Comment ?? "", ct), "已提交修改意见，等待专家修改方案", ct);

    private StaffRef Me => new(staff.Id, staff.Name);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
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
            // Shown next to the form that caused it, with what was typed kept.
            ModelState.AddModelError(e.Field is { Length: > 0 } field && typeof(PlanInput).GetProperty(field) is not null ? "Plan." + field : "", e.Message);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        List = await db.DemandLists.AsNoTracking().Include(d => d.Plans).SingleAsync(d => d.Id == id, ct);
        var names = await db.Customers.AsNoTracking().Where(c => c.Id == List.RecipientId || c.Id == List.DonorId)
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        RecipientName = names.GetValueOrDefault(List.RecipientId, "—");
        DonorName = names.GetValueOrDefault(List.DonorId, "—");
        OwnerName = await db.Staff.Where(s => s.Id == List.OwnerId).Select(s => s.Name).SingleOrDefaultAsync(ct) ?? "—";
        History = await audit.ForAsync(id, ct);
        Version = List.Version;
        RequestKey = Guid.NewGuid();
    }

    /// <summary>The expert's plan form; <see cref="PlanContent"/> validates it (one set of rules, Chinese messages
    /// under the fields), so the other actions on this page are not blocked by an empty plan form.</summary>
    public sealed class PlanInput
    {
        public string? CellType { get; set; }

        public string? Route { get; set; } = PlanContent.CommonRoutes[0];

        public string? CellCount { get; set; }

        public int Sessions { get; set; } = 1;

        public string? Notes { get; set; }

        public PlanContent ToContent() => new(CellType ?? "", Route ?? "", CellCount ?? "", Sessions, Notes);

        public static PlanInput From(DemandPlanVersion p) => new()
        {
            CellType = p.CellType, Route = p.Route, CellCount = p.CellCount, Sessions = p.Sessions, Notes = p.Notes,
        };
    }
}
