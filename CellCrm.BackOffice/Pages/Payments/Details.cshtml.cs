using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Payments;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Payments;

/// <summary>One payment link: its state, orders and payments, 取消 and 替代 (each confirmed, audited), 修改记录.</summary>
[Authorize(Policy = PaymentPages.Policy)]
public class DetailsModel(PaymentLinkAccess access, PaymentLinkService links, CellCrmDbContext db, ICurrentStaff staff,
    PaymentHistory history, TimeProvider clock) : PageModel
{
    public PaymentLink Link { get; private set; } = null!;

    public PaymentLinkState State { get; private set; }

    public string CustomerName { get; private set; } = "";

    public IReadOnlyList<Payment> Payments { get; private set; } = [];

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写取消原因")]
    [StringLength(PaymentLink.ReasonMaxLength, ErrorMessage = "取消原因不能超过{1}个字符")]
    public string? CancelReason { get; set; }

    [BindProperty]
    public PaymentLinkInput Replacement { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, id, PaymentLinkAccess.View, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(CancelReason), async () =>
        {
            await links.CancelAsync(id, Version, CancelReason!, Me, ct);
            TempData["StatusMessage"] = "已取消付款链接，客户将无法再支付";
            return RedirectToPage(new { id });
        }, ct);

    public Task<IActionResult> OnPostSupersedeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, nameof(Replacement), async () =>
        {
            var next = await links.SupersedeAsync(id, Version, Replacement.ToFen(), Replacement.Reason!, Me, Replacement.RequestKey!.Value, ct);
            TempData["StatusMessage"] = "已发起新的收款并替代原付款链接，新的缴费通知正在发送";
            return RedirectToPage(new { id = next.Id });
        }, ct);

    private StaffRef Me => new(staff.Id, staff.Name);

    /// <summary>Validates only the form that was posted, runs the action, and shows a refused rule in Chinese.</summary>
    private async Task<IActionResult> ActAsync(Guid id, string form, Func<Task<IActionResult>> action, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(User, id, PaymentLinkAccess.Edit, ct)) is { } refusal)
        {
            return refusal;
        }

        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form, StringComparison.Ordinal) && k != nameof(Version)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            try
            {
                return await action();
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field switch
                {
                    "AmountFen" => "Replacement.AmountYuan",
                    nameof(PaymentLink.CancelReason) => nameof(CancelReason),
                    nameof(PaymentLink.Reason) => "Replacement.Reason",
                    _ => "",
                }, e.Message);
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Link = await db.PaymentLinks.AsNoTracking().Include(l => l.Attempts).SingleAsync(l => l.Id == id, ct);
        State = Link.StateAt(clock.GetUtcNow());
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == Link.CustomerId).Select(c => c.Name).SingleAsync(ct);
        Payments = await db.Payments.AsNoTracking().Where(p => p.PaymentLinkId == id).OrderBy(p => p.PaidAt).ToListAsync(ct);
        History = await history.ForAsync(Link, ct);
        Version = Link.Version;
        ModelState.Remove(nameof(Version));
        Replacement.RequestKey ??= Guid.NewGuid();
        ModelState.Remove("Replacement.RequestKey");
    }
}
