using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Refunds;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Refunds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Refunds;

/// <summary>One refund application: lines, account (full only to finance and the sales staff handling it), approval
/// timeline, 修改记录; the applicant's 填写账户 / 推送客户填写 / 提交审批, finance's 发起退款, 改为银行转账 and
/// 登记银行转账. Each action names the version it saw, so a repeated or stale submission changes nothing.</summary>
[Authorize(Policy = RefundPages.ReadPolicy)]
public class DetailsModel(CellCrmDbContext db, RefundAccess access, RefundApplicationService refunds, RefundPayout payout, FileUploadService files,
    IAuthorizationService authorization, ICurrentStaff staff, AuditHistory history) : PageModel
{
    public RefundApplication Application { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public string ContractNumber { get; private set; } = "";

    public ApprovalRequest? Approval { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public bool CanPay { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public AccountInput Account { get; set; } = new();

    [BindProperty]
    public Guid LineId { get; set; }

    [BindProperty]
    public DateOnly? PaidOn { get; set; }

    [BindProperty]
    [StringLength(RefundLine.VoucherNoMaxLength, ErrorMessage = "银行凭证号不能超过{1}个字符")]
    public string? VoucherNo { get; set; }

    [BindProperty]
    public IFormFile? Voucher { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAccountAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RefundPages.WritePolicy, "Account.", "已保存退款账户",
            () => refunds.EnterAccountAsync(id, Version, new RefundAccount(Account.HolderName, Account.BankName, Account.Number), ct), ct);

    public Task<IActionResult> OnPostPushAccountAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RefundPages.WritePolicy, "", "已推送客户填写退款账户",
            () => refunds.PushAccountRequestAsync(id, Version, new StaffRef(staff.Id, staff.Name), ct), ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RefundPages.WritePolicy, "", "已提交审批", () => refunds.SubmitAsync(id, Version, ct), ct);

    public Task<IActionResult> OnPostStartPayoutAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RefundPages.PayoutPolicy, "", "已发起退款", () => payout.StartAsync(id, Version, ct), ct);

    public Task<IActionResult> OnPostSwitchLineAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RefundPages.PayoutPolicy, "", "该明细改为银行转账", () => payout.SwitchToBankTransferAsync(id, Version, LineId, ct), ct);

    public Task<IActionResult> OnPostRecordTransferAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, RefundPages.PayoutPolicy, "", "已登记银行转账", async () =>
        {
            if (PaidOn is null)
            {
                throw new DomainException("请填写退款日期", nameof(PaidOn));
            }

            Guid? fileId = null;
            if (Voucher is { Length: > 0 })
            {
                await using var stream = Voucher.OpenReadStream();
                var uploaded = await files.UploadAsync(stream, Voucher.FileName, new FileOwner(RefundApplicationService.TaskSubjectType, id),
                    new Uploader(staff.Id, staff.Name), FileUploadService.ReportTypes, ct);
                fileId = uploaded.File?.Id ?? throw new DomainException(uploaded.Error!, nameof(Voucher));
            }

            await payout.RecordBankTransferAsync(id, Version, LineId, PaidOn.Value, VoucherNo, fileId, staff.Name, ct);
        }, ct);

    private async Task<IActionResult> ActAsync(Guid id, string policy, string prefix, string done, Func<Task> action, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await action();
                TempData["StatusMessage"] = done;
                return RedirectToPage(new { id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field is null or "Account" ? "" : prefix + e.Field, e.Message);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The number of the termination agreement the refund belongs to, if any.</summary>
    public string? TerminationAgreementNumber { get; private set; }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Application = await db.RefundApplications.AsNoTracking().Include(a => a.Lines).SingleAsync(a => a.Id == id, ct);
        Version = Application.Version;
        CustomerName = await db.Customers.Where(c => c.Id == Application.CustomerId).Select(c => c.Name).FirstAsync(ct);
        ContractNumber = await db.Contracts.Where(c => c.Id == Application.ContractId).Select(c => c.Number).FirstAsync(ct);
        TerminationAgreementNumber = Application.TerminationAgreementId is { } agreementId
            ? await db.SupplementaryAgreements.Where(g => g.Id == agreementId).Select(g => g.Number).FirstOrDefaultAsync(ct)
            : null;
        Approval = await db.ApprovalRequests.AsNoTracking().Include(r => r.Actions)
            .Where(r => r.BusinessType == ApprovalBusinessType.Refund && r.SubjectId == id).OrderByDescending(r => r.SubmittedAt).FirstOrDefaultAsync(ct);
        History = await history.ForAsync(id, ct);
        CanWrite = (await authorization.AuthorizeAsync(User, RefundPages.WritePolicy)).Succeeded;
        CanPay = (await authorization.AuthorizeAsync(User, RefundPages.PayoutPolicy)).Succeeded;
    }
}
