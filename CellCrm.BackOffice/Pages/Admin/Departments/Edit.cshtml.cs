using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Admin;
using CellCrm.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Departments;

/// <summary>One department: rename, add a child, move, appoint the leader, delete; each its own small form.</summary>
public class EditModel(DepartmentAdministration departments, AuditHistory history) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ChildName { get; set; }

    [BindProperty]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public Guid? LeaderId { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public DepartmentNode Department { get; private set; } = null!;

    public IReadOnlyList<DepartmentNode> MoveTargets { get; private set; } = [];

    public IReadOnlyList<StaffChoice> LeaderChoices { get; private set; } = [];

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Name = Department.Name;
        ParentId = Department.ParentId;
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(Name), () => departments.RenameAsync(id, Version, Name ?? "", ct), "部门名称已修改");

    public Task<IActionResult> OnPostAddChildAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(ChildName), () => departments.CreateChildAsync(id, ChildName ?? "", ct), $"已新建下级部门“{ChildName?.Trim()}”");

    public Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(ParentId), () => ParentId is { } parent
            ? departments.MoveAsync(id, Version, parent, ct)
            : throw new DomainException("请选择新的上级部门"), "部门已移动到新的上级部门下");

    public Task<IActionResult> OnPostLeaderAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(LeaderId), () => departments.AppointLeaderAsync(id, Version, LeaderId, ct), LeaderId is null ? "已取消负责人" : "负责人已任命");

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await ActAsync(id, "", () => departments.DeleteAsync(id, Version, ct), "部门已删除");
        return ModelState.IsValid && result is RedirectToPageResult ? RedirectToPage("Index") : result;
    }

    private async Task<IActionResult> ActAsync(Guid id, string field, Func<Task> action, string done)
    {
        ModelState.Clear();
        try
        {
            await action();
            TempData["StatusMessage"] = done;
            return RedirectToPage("Edit", new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(field, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(field, DepartmentAdministration.ConcurrencyMessage);
        }

        if (!await LoadAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var tree = await departments.TreeAsync(ct);
        if (tree.FirstOrDefault(d => d.Id == id) is not { } department)
        {
            return false;
        }

        Department = department;
        Version = department.Version;
        var start = tree.ToList().IndexOf(department);
        var subtree = tree.Skip(start).TakeWhile((d, i) => i == 0 || d.Depth > department.Depth).Select(d => d.Id).ToHashSet();
        MoveTargets = tree.Where(d => !subtree.Contains(d.Id)).ToList();
        LeaderChoices = await departments.LeaderChoicesAsync(id, ct);
        LeaderId ??= department.LeaderId;
        History = await history.ForAsync(id, ct);
        return true;
    }
}
