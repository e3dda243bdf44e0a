using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Admin;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Admin.Staff;

/// <summary>One staff member: the form (roles included), deactivate/reactivate, password reset, unlock, 修改记录.</summary>
public class EditModel(
    CellCrmDbContext db, UserManager<StaffAccount> users, StaffAdministration staff, DepartmentAdministration departments,
    AuditHistory history, ICurrentStaff current) : PageModel, IStaffForm
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public Guid Id { get; private set; }

    public bool IsActive { get; private set; }

    public bool IsLockedOut { get; private set; }

    public bool IsSelf => Id == current.Id;

    public IReadOnlyList<DepartmentNode> Departments { get; private set; } = [];

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var member = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var account = await users.FindByIdAsync(id.ToString());
        if (member is null || account is null)
        {
            return NotFound();
        }

        Input = new StaffInput
        {
            UserName = account.UserName,
            Name = member.Name,
            Mobile = member.Mobile,
            Title = member.Title,
            DepartmentId = member.DepartmentId,
            DataScope = member.DataScope,
            Roles = (await users.GetRolesAsync(account)).ToList(),
            Version = member.Version,
        };
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        // The login name is fixed once created: it is what the audit trail and colleagues know the account by.
        Input.UserName = account.UserName;
        ModelState.Remove("Input.UserName");
        if (ModelState.IsValid)
        {
            var result = await staff.UpdateAsync(id, Input.Version, Input.ToDraft(), ct);
            if (result.Succeeded)
            {
                TempData["StatusMessage"] = "员工资料已保存";
                return RedirectToPage("Edit", new { id });
            }

            ModelState.AddFieldErrors(result.Errors);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => staff.DeactivateAsync(id, ct), "账号已停用，该员工将无法登录，已登录的会话将立即失效");

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => staff.ActivateAsync(id, ct), "账号已重新启用");

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => staff.UnlockAsync(id, ct), "账号已解锁");

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Staff.AnyAsync(s => s.Id == id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var errors = string.IsNullOrEmpty(NewPassword)
            ? [new FieldError("NewPassword", "请输入新密码")]
            : await staff.ResetPasswordAsync(id, NewPassword, ct);
        if (errors.Count == 0)
        {
            TempData["StatusMessage"] = "密码已重置，请将新密码告知该员工";
            return RedirectToPage("Edit", new { id });
        }

        ModelState.AddFieldErrors(errors, "");
        return await OnGetAsync(id, ct);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, string done)
    {
        if (!await db.Staff.AnyAsync(s => s.Id == id))
        {
            return NotFound();
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

        return RedirectToPage("Edit", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var member = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == id, ct);
        var account = await users.FindByIdAsync(id.ToString());
        IsActive = member.IsActive;
        IsLockedOut = account is not null && await users.IsLockedOutAsync(account);
        Departments = await departments.TreeAsync(ct);
        History = await history.ForAsync(id, ct);
    }
}
