using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.Invoices;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Redis;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Invoices;

/// <summary>开票申请 (SPEC §3.4): applied for on a contract in the advisor's scope, within what the contract has
/// received less what is invoiced or pending; finance issues or rejects it. Applications of one contract are
/// checked and saved under a lock on that contract, so two at once cannot together exceed the received amount;
/// the same form submitted twice applies once.</summary>
public sealed class InvoiceApplicationService(CellCrmDbContext db, ContractReceivables receivables, IDistributedLock locks,
    INumberGenerator numbers, FileUploadService uploads, TimeProvider clock)
{
    public const string FileOwnerType = nameof(InvoiceApplication);
    public const string ConflictMessage = "该开票申请已被他人处理，请刷新后查看最新状态";

    private static readonly IReadOnlySet<DetectedFileType> AttachmentTypes =
        new HashSet<DetectedFileType> { DetectedFileType.Pdf, DetectedFileType.Jpeg, DetectedFileType.Png };

    public async Task<Invoiceable> InvoiceableAsync(Guid contractId, CancellationToken ct)
    {
        var received = (await receivables.ForAsync(contractId, ct))?.ReceivedFen ?? 0;
        var taken = await db.InvoiceApplications.AsNoTracking()
            .Where(a => a.ContractId == contractId && (a.Status == InvoiceApplicationStatus.Pending || a.Status == InvoiceApplicationStatus.Issued))
            .SumAsync(a => (long?)a.AmountFen, ct) ?? 0;
        return new Invoiceable(received, taken);
    }

    public async Task<InvoiceApplication> ApplyAsync(InvoiceRequest request, StaffRef applicant, AccessScope scope, CancellationToken ct)
    {
        if (await ByRequestKeyAsync(request.RequestKey, applicant.Id, ct) is { } earlier)
        {
            return earlier;
        }

        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == request.ContractId)
            .Select(c => new { c.Id, c.CustomerId, c.OwnerId, c.DepartmentId }).FirstOrDefaultAsync(ct);
        if (contract is null || !scope.Covers(contract.CustomerId, contract.OwnerId, contract.DepartmentId))
        {
            throw new DomainException("合同不存在或不在您的客户范围内");
        }

        await using var held = await locks.TryAcquireAsync($"invoice-application:{contract.Id}", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), ct)
            ?? throw new DomainException("该合同有其他开票申请正在提交，请稍后重试");
        // Checked again under the lock: a repeat of the same form waiting for it finds the first one here.
        if (await ByRequestKeyAsync(request.RequestKey, applicant.Id, ct) is { } first)
        {
            return first;
        }

        var invoiceable = await InvoiceableAsync(contract.Id, ct);
        var now = clock.GetUtcNow();
        var application = new InvoiceApplication(await numbers.NextAsync(InvoiceApplication.NumberPrefix, now, ct), contract.Id, contract.CustomerId,
            contract.DepartmentId, request.TitleType, request.Title, request.TaxId, request.AmountFen, invoiceable.AvailableFen, request.Email,
            applicant.Id, request.RequestKey, now);
        db.InvoiceApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsDuplicate(e, "IX_InvoiceApplications_RequestKey", "InvoiceApplications.RequestKey"))
        {
            db.ChangeTracker.Clear();
            return await ByRequestKeyAsync(request.RequestKey, applicant.Id, ct) ?? throw new DomainException(ConflictMessage);
        }

        return application;
    }

    /// <summary>已开票: the invoice number and date, and the invoice itself (PDF or image) when finance has it.</summary>
    public async Task IssueAsync(Guid id, int version, string invoiceNumber, DateOnly invoiceDate, Stream? attachment, string? fileName,
        StaffRef finance, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        if (application.Status == InvoiceApplicationStatus.Issued && application.InvoiceNumber == invoiceNumber.Trim())
        {
            return;
        }

        var now = clock.GetUtcNow();
        application.CheckIssue(invoiceNumber, invoiceDate, now);
        Guid? fileId = null;
        if (attachment is not null)
        {
            var result = await uploads.UploadAsync(attachment, fileName, new FileOwner(FileOwnerType, id), new Uploader(finance.Id, finance.Name),
                AttachmentTypes, ct);
            fileId = result.Succeeded ? result.File!.Id : throw new DomainException(result.Error!, "Attachment");
        }

        application.Issue(invoiceNumber, invoiceDate, fileId, finance.Id, now);
        await SaveAsync(ct);
    }

    public async Task RejectAsync(Guid id, int version, string reason, StaffRef finance, CancellationToken ct)
    {
        var application = await LoadAsync(id, version, ct);
        application.Reject(reason, finance.Id, clock.GetUtcNow());
        await SaveAsync(ct);
    }

    private async Task<InvoiceApplication> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var application = await db.InvoiceApplications.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainException("开票申请不存在");
        if (application.Version != version && application.Status == InvoiceApplicationStatus.Pending)
        {
            throw new DomainException(ConflictMessage);
        }

        return application;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException(ConflictMessage);
        }
    }

    private async Task<InvoiceApplication?> ByRequestKeyAsync(Guid key, Guid applicantId, CancellationToken ct) =>
        await db.InvoiceApplications.AsNoTracking().FirstOrDefaultAsync(a => a.RequestKey == key && a.ApplicantId == applicantId, ct);
}
