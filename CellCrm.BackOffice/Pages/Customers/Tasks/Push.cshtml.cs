using CellCrm.BackOffice.Authorization;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Tasks;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Customers.Tasks;

/// <summary>推送任务 to one customer: the task and its WeChat message are saved together; a resubmitted form pushes once.</summary>
public class PushModel(CustomerAccess access, TaskPusher pusher, CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public TaskPushInput Input { get; set; } = new();

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; } = "";

    public bool IsRealNameVerified { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid customerId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        Input.RequestKey = Guid.NewGuid();
        await LoadAsync(customerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid customerId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, CustomerOperations.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var result = await pusher.PushAsync(customerId, Input.ToTask(), staff.Id, staff.Name,
                    $"push:{customerId:N}:{Input.RequestKey!.Value:N}", ct);
                TempData["StatusMessage"] = result.AlreadyPushed ? "该任务已推送，未重复推送" : "已推送任务，消息正在发送";
                return Redirect(Url.Page("/Customers/Details", new { id = customerId }) + "#tasks");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field is null ? "" : "Input." + e.Field, e.Message);
            }
        }

        await LoadAsync(customerId, ct);
        return Page();
    }

    private async Task LoadAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.Name, c.RealNameVerifiedAt }).SingleAsync(ct);
        CustomerId = customerId;
        CustomerName = customer.Name;
        IsRealNameVerified = customer.RealNameVerifiedAt is not null;
    }
}
