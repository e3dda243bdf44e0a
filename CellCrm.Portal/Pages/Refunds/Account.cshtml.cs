using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Portal.Pages.Refunds;

/// <summary>退款账户 (pushed as a task): the signed-in customer fills 户名, 开户行 and 账号 for their own refund
/// application; it then goes to approval. Another customer's application answers 404 (logged); a repeat of the
/// same account changes nothing; once sent, the page shows the account masked.</summary>
public class AccountModel(CellCrmDbContext db, RefundApplicationService refunds, ICurrentCustomer current, ILogger<AccountModel> logger) : PageModel
{
    public string Number { get; private set; } = "";

    public long TotalFen { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The account already sent, masked; null while the customer still has to fill it.</summary>
    public string? SentAccount { get; private set; }

    [BindProperty]
    public string? HolderName { get; set; }

    [BindProperty]
    public string? BankName { get; set; }

    [BindProperty]
    public string? AccountNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Redirect("/SignIn?returnUrl=" + Uri.EscapeDataString(Request.Path));
        }

        return await LoadAsync(customerId, id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (current.CustomerId is not { } customerId)
        {
            return Redirect("/SignIn?returnUrl=" + Uri.EscapeDataString(Request.Path));
        }

        if (!await LoadAsync(customerId, id, ct))
        {
            return NotFound();
        }

        try
        {
            var account = new RefundAccount(HolderName, BankName, AccountNumber);
            await refunds.FillAccountAsync(customerId, id, account, ct);
            TempData["StatusMessage"] = "退款账户已提交，我们将在审批通过后退款";
            return RedirectToPage(new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field switch
            {
                nameof(RefundAccount.HolderName) => nameof(HolderName),
                nameof(RefundAccount.BankName) => nameof(BankName),
                nameof(RefundAccount.Number) => nameof(AccountNumber),
                _ => "",
            }, e.Message);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(customerId, id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid customerId, Guid id, CancellationToken ct)
    {
        var application = await db.RefundApplications.AsNoTracking().Where(a => a.Id == id && a.CustomerId == customerId)
            .Select(a => new { a.Number, a.Reason, a.Status, a.AccountNumber, a.AccountBankName, Total = a.Lines.Sum(l => l.AmountFen) }).FirstOrDefaultAsync(ct);
        if (application is null || application.Status == RefundApplicationStatus.Draft)
        {
            logger.LogWarning("Portal customer {CustomerId} opened refund application {RefundId}, which is not theirs, not pushed or does not exist", customerId, id);
            return false;
        }

        Number = application.Number;
        Reason = application.Reason;
        TotalFen = application.Total;
        SentAccount = application.Status == RefundApplicationStatus.AwaitingAccount || application.AccountNumber is null
            ? null
            : $"{application.AccountBankName} {RefundAccount.Mask(application.AccountNumber)}";
        return true;
    }

    public string Yuan => Money.Yuan(TotalFen);
}
