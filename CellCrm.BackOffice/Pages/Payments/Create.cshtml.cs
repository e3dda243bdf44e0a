using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Payments;

/// <summary>发起收款 (seed 000 §5.2): the link, its 缴费 task and the 缴费通知 message to the customer's WeChat,
/// "付款链接10个月有效". A resubmitted form sends once.</summary>
[Authorize(Policy = PaymentPages.Policy)]
public class CreateModel(CustomerAccess access, PaymentLinkService links, CellCrmDbContext db, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public PaymentLinkInput Input { get; set; } = new();

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid customerId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, PaymentLinkAccess.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        Input.RequestKey = Guid.NewGuid();
        await LoadAsync(customerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid customerId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, customerId, PaymentLinkAccess.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var link = await links.SendAsync(customerId, Input.ToFen(), Input.Reason!, null, new StaffRef(staff.Id, staff.Name), Input.RequestKey!.Value, ct);
                TempData["StatusMessage"] = "已发起收款，缴费通知正在发送（付款链接10个月有效）";
                return RedirectToPage("Details", new { id = link.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field switch
                {
                    "AmountFen" => "Input.AmountYuan",
                    null => "",
                    var f => "Input." + f,
                }, e.Message);
            }
        }

        await LoadAsync(customerId, ct);
        return Page();
    }

    private async Task LoadAsync(Guid customerId, CancellationToken ct)
    {
        CustomerId = customerId;
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync(ct);
    }
}
