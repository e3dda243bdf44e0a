using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Services;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.ApprovalFlows;

/// <summary>Edits one flow. Running approvals keep the steps they were submitted with.</summary>
public class EditModel(CellCrmDbContext db, AuditHistory history) : PageModel
{
    public const int Rows = 6;

    [BindProperty]
    public FlowInput Input { get; set; } = new();

    public ApprovalBusinessType BusinessType { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> StaffChoices { get; private set; } = [];

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var flow = await db.ApprovalFlows.AsNoTracking().Include(f => f.Steps).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return NotFound();
        }

        Input = new FlowInput
        {
            Name = flow.Name,
            AllowSelfApproval = flow.AllowSelfApproval,
            Version = flow.Version,
            Steps = flow.Steps.OrderBy(s => s.Order)
                .Select(s => new StepInput { Name = s.Name, Kind = s.Kind, Role = s.Role, StaffId = s.StaffId, MinAmountYuan = s.MinAmountFen / 100m })
                .ToList(),
        };
        await FillAsync(flow, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var flow = await db.ApprovalFlows.Include(f => f.Steps).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var steps = Input.Steps.Where(s => !string.IsNullOrWhiteSpace(s.Name))
                    .Select(s => new ApprovalStepSpec(s.Name!, s.Kind, s.Role, s.StaffId, s.MinAmountYuan is { } y ? (long)Math.Round(y * 100) : null));
                db.Entry(flow).Property(f => f.Version).OriginalValue = Input.Version;
                flow.Update(Input.Name, Input.AllowSelfApproval, steps);
                await db.SaveChangesAsync(ct);
                TempData["StatusMessage"] = "审批流程已保存；进行中的审批仍按提交时的步骤执行。";
                return RedirectToPage("./Index");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "该流程已被他人修改，请刷新页面后重新编辑");
            }
        }

        await FillAsync(flow, ct);
        return Page();
    }

    private async Task FillAsync(ApprovalFlowDefinition flow, CancellationToken ct)
    {
        BusinessType = flow.BusinessType;
        while (Input.Steps.Count < Rows)
        {
            Input.Steps.Add(new StepInput());
        }

        StaffChoices = (await db.Staff.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        History = await history.ForAsync(flow.Id, ct);
    }

    public sealed class FlowInput
    {
        [Required(ErrorMessage = "请填写流程名称")]
        [StringLength(ApprovalFlowDefinition.NameMaxLength, ErrorMessage = "流程名称不能超过{1}个字符")]
        public string Name { get; set; } = "";

        public bool AllowSelfApproval { get; set; }

        public int Version { get; set; }

        public List<StepInput> Steps { get; set; } = [];
    }

    public sealed class StepInput
    {
        [StringLength(ApprovalStepDefinition.NameMaxLength, ErrorMessage = "步骤名称不能超过{1}个字符")]
        public string? Name { get; set; }

        public ApproverKind Kind { get; set; }

        public string? Role { get; set; }

        public Guid? StaffId { get; set; }

        [Range(0, 100_000_000, ErrorMessage = "金额条件应在0到1亿元之间")]
        public decimal? MinAmountYuan { get; set; }
    }
}
