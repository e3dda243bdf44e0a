using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.DiscountApplications;

/// <summary>证明材料 of a 优惠申请: the files (download), and more added by sales staff while it is pending or
/// rejected. Open to staff whose scope covers the customer and to its approvers.</summary>
[RequestSizeLimit(ProofRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ProofRequestLimit)]
public class ProofsModel(CellCrmDbContext db, DiscountProofService proofs, DiscountApplicationAccess access, ICurrentStaff staff, IFileStore files) : PageModel
{
    /// <summary>Several files of up to the store's limit each, plus the form around them.</summary>
    public const long ProofRequestLimit = 401 * 1024 * 1024;

    public DiscountApplication Application { get; private set; } = null!;

    public string CustomerName { get; private set; } = "";

    public IReadOnlyList<StoredFile> Files { get; private set; } = [];

    public bool CanAdd => staff.IsSales() && Application.Status is DiscountApplicationStatus.Pending or DiscountApplicationStatus.Rejected;

    [BindProperty]
    public List<IFormFile> Proofs { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        if (await proofs.FindAsync(id, fileId, ct) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(await files.OpenReadAsync(file.Key, ct), file.ContentType, file.OriginalName);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (this.Refusal(await access.CheckAsync(id, ct)) is { } refusal)
        {
            return refusal;
        }

        if (!staff.IsSales())
        {
            return Forbid();
        }

        if (Proofs.Count == 0)
        {
            ModelState.AddModelError(nameof(Proofs), "请选择证明材料文件");
        }

        foreach (var error in await ProofUploads.RefusalsAsync(proofs, Proofs, ct))
        {
            ModelState.AddModelError(nameof(Proofs), error);
        }

        if (ModelState.IsValid)
        {
            try
            {
                foreach (var error in await ProofUploads.UploadAsync(proofs, id, Proofs, new Uploader(staff.Id, staff.Name), ct))
                {
                    ModelState.AddModelError(nameof(Proofs), error);
                }
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(Proofs), e.Message);
            }

            if (ModelState.IsValid)
            {
                TempData["StatusMessage"] = $"已上传{Proofs.Count}个证明材料";
                return RedirectToPage(new { id });
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Application = await db.DiscountApplications.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        CustomerName = await db.Customers.Where(c => c.Id == Application.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "—";
        Files = await proofs.ListAsync(id, ct);
    }
}
