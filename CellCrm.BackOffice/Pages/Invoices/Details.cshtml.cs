using System.ComponentModel.DataAnnotations;
using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Invoices;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.Invoices;
using CellCrm.Infrastructure.Invoices;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Invoices;

/// <summary>开票申请详情; finance records the issued invoice (number, date, attachment) or rejects with a reason.</summary>
public class DetailsModel(InvoiceAccess access, InvoiceApplicationService service, CellCrmDbContext db, ICurrentStaff staff, IFileStore files,
    TimeProvider clock) : PageModel
{
    public InvoiceApplication Application { get; private set; } = null!;

    public string ContractNumber { get; private set; } = "";

    public string CustomerName { get; private set; } = "";

    public string ApplicantName { get; private set; } = "";

    public string? DecidedByName { get; private set; }

    public StoredFile? Attachment { get; private set; }

    public bool CanDecide => staff.IsFinance() && Application.Status == InvoiceApplicationStatus.Pending;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public IssueInput Issue { get; set; } = new();

    [BindProperty]
    public string? RejectionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        Issue.InvoiceDate = ChinaTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        var fileId = await db.InvoiceApplications.Where(a => a.Id == id).Select(a => a.AttachmentFileId).SingleAsync(ct);
        var file = fileId is null ? null : await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null || !file.BelongsTo(new FileOwner(InvoiceApplicationService.FileOwnerType, id)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(await files.OpenReadAsync(file.Key, ct), file.ContentType, file.OriginalName);
    }

    public Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            // Field rules of the issue form only: the reject form's fields are not part of this post.
            ModelState.Remove(nameof(RejectionReason));
            if (!ModelState.IsValid)
            {
                return false;
            }

            await using var stream = Issue.Attachment is { Length: > 0 } f ? f.OpenReadStream() : null;
            await service.IssueAsync(id, Version, Issue.InvoiceNumber!, Issue.InvoiceDate!.Value, stream, Issue.Attachment?.FileName, Me, ct);
            return true;
        }, "已登记开票信息", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Issue.", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }

            await service.RejectAsync(id, Version, RejectionReason ?? "", Me, ct);
            return true;
        }, "已驳回开票申请", ct);

    private StaffRef Me => new(staff.Id, staff.Name);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<bool>> action, string done, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        if (!staff.IsFinance())
        {
            return Forbid();
        }

        try
        {
            if (await action())
            {
                TempData["StatusMessage"] = done;
                return RedirectToPage(new { id });
            }
        }
        catch (DomainException e)
        {
            var key = e.Field switch
            {
                nameof(InvoiceApplication.InvoiceNumber) => "Issue.InvoiceNumber",
                nameof(InvoiceApplication.InvoiceDate) => "Issue.InvoiceDate",
                "Attachment" => "Issue.Attachment",
                nameof(InvoiceApplication.RejectionReason) => nameof(RejectionReason),
                _ => "",
            };
            ModelState.AddModelError(key, e.Message);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Application = await db.InvoiceApplications.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == Application.ContractId).Select(c => new { c.Number, c.CustomerId }).SingleAsync(ct);
        ContractNumber = contract.Number;
        CustomerName = await db.Customers.AsNoTracking().Where(c => c.Id == contract.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "—";
        ApplicantName = await db.Staff.AsNoTracking().Where(s => s.Id == Application.ApplicantId).Select(s => s.Name).SingleOrDefaultAsync(ct) ?? "—";
        DecidedByName = Application.DecidedById is { } d ? await db.Staff.AsNoTracking().Where(s => s.Id == d).Select(s => s.Name).SingleOrDefaultAsync(ct) : null;
        Attachment = Application.AttachmentFileId is { } f ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == f, ct) : null;
        Version = Application.Version;
    }

    public sealed class IssueInput
    {
        [Required(ErrorMessage = "请填写发票号码")]
        [StringLength(InvoiceApplication.InvoiceNumberMaxLength, ErrorMessage = "发票号码不能超过{1}个字符")]
        public string? InvoiceNumber { get; set; }

        [Required(ErrorMessage = "请填写开票日期")]
        public DateOnly? InvoiceDate { get; set; }

        public IFormFile? Attachment { get; set; }
    }
}
