using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Signing;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Agreements;

/// <summary>补充协议 (seed 000 §4.8): creates agreements on an effective contract and moves them through signing
/// and 客服审核. Each action loads the agreement, applies one domain method and saves once; a stale version is
/// refused unless the very action was already done (a double click). The caller checks the contract's data scope.</summary>
public sealed class SupplementaryAgreementService(
    CellCrmDbContext db,
    ApprovalService approvals,
    FileUploadService uploads,
    SigningVoids signing,
    TimeProvider clock)
{
    public const string FileOwnerType = nameof(SupplementaryAgreement);

    public const string ConflictMessage = "该补充协议已被他人更新，请刷新页面后重试";

    /// <summary>The unique indexes only a concurrent request can break, as MySQL and SQLite name them.</summary>
    private static readonly string[] RaceMarkers =
    [
        "IX_SupplementaryAgreements_RequestKey", "SupplementaryAgreements.RequestKey",
        "IX_SupplementaryAgreements_Number", "SupplementaryAgreements.Number",
        "IX_SupplementaryAgreements_OpenChangeContractId", "SupplementaryAgreements.OpenChangeContractId",
    ];

    public async Task<SupplementaryAgreement> CreateAsync(Guid contractId, AgreementDraft draft, StaffRef actor, Guid? requestKey, CancellationToken ct)
    {
        if (await ByRequestKeyAsync(requestKey, ct) is { } earlier)
        {
            return earlier;
        }

        var contract = await db.Contracts.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == contractId, ct)
            ?? throw new DomainException("合同不存在");
        var existing = await db.SupplementaryAgreements.AsNoTracking().Where(a => a.ContractId == contractId).ToListAsync(ct);
        var agreement = new SupplementaryAgreement(contract, draft, existing, actor.Id, clock.GetUtcNow(), requestKey);
        db.SupplementaryAgreements.Add(agreement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, RaceMarkers))
        {
            // The same form twice (request key), another agreement taking the number, or another termination or
            // change opened at the same moment: answer with the first, or refuse with the rule.
            db.ChangeTracker.Clear();
            if (await ByRequestKeyAsync(requestKey, ct) is { } first)
            {
                return first;
            }

            if (agreement.ChangesContract && await db.SupplementaryAgreements.AnyAsync(a => a.OpenChangeContractId == contractId, ct))
            {
                throw new DomainException("合同已有办理中的终止或变更协议，请办理完成或撤销后再新建", "Type");
            }

            throw new DomainException(ConflictMessage);
        }

        return agreement;
    }

    private async Task<SupplementaryAgreement?> ByRequestKeyAsync(Guid? key, CancellationToken ct) =>
        key is null ? null : await db.SupplementaryAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.RequestKey == key, ct);

    public Task SubmitAsync(Guid id, int version, CancellationToken ct) =>
        RunAsync(id, version, a =>
        {
            a.Submit(clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct, alreadyDone: a => a.SubmittedAt is not null);

    /// <summary>电子协议: the customer signed (for the signing pipeline).</summary>
    public Task MarkSignedElectronicallyAsync(Guid id, int version, CancellationToken ct) =>
        RunAsync(id, version, a =>
        {
            a.MarkSignedElectronically(clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    /// <summary>纸质协议: stores the scan of the signed paper (PDF or image) and marks the agreement signed.</summary>
    public async Task<UploadResult> UploadScanAsync(Guid id, int version, Stream content, string? fileName, StaffRef actor, CancellationToken ct)
    {
        var agreement = await LoadAsync(id, version, _ => false, ct) ?? throw new DomainException(ConflictMessage);
        agreement.EnsureScanAccepted();
        var result = await uploads.UploadAsync(content, fileName, new FileOwner(FileOwnerType, id), new Uploader(actor.Id, actor.Name),
            FileUploadService.ReportTypes, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        agreement.AttachPaperScan(result.File!.Id, clock.GetUtcNow());
        await SaveAsync(ct);
        return result;
    }

    /// <summary>提交客服审核: the agreement and its approval request are saved together.</summary>
    public Task SubmitForReviewAsync(Guid id, int version, StaffRef actor, CancellationToken ct) =>
        RunAsync(id, version, async a =>
        {
            a.SubmitForReview(clock.GetUtcNow());
            var customer = await db.Customers.AsNoTracking().Where(c => c.Id == a.CustomerId).Select(c => c.Name).FirstAsync(ct);
            var department = await db.Staff.Where(s => s.Id == actor.Id).Select(s => s.DepartmentId).FirstAsync(ct);
            try
            {
                await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.SupplementaryAgreement, a.Id,
                    $"补充协议客服审核：{customer}（{a.Number} {AgreementLabels.Of(a.Type)}）", actor, department, a.DepartmentId,
                    a.AmountAfterFen ?? a.ContractAmountFen), ct);
            }
            catch (Exception e) when (SaveConflicts.IsConflict(e))
            {
                throw new DomainException(ConflictMessage);
            }
        }, ct, saved: true, alreadyDone: a => a.Status is AgreementStatus.InReview or AgreementStatus.Effective);

    public Task RevokeAsync(Guid id, int version, string reason, CancellationToken ct) =>
        RunAsync(id, version, async a =>
        {
            var now = clock.GetUtcNow();
            a.Revoke(reason, now);
            // The customer can no longer sign the waiting document: it is voided in the same save.
            await signing.VoidOpenAsync(new SigningSubject(FileOwnerType, a.Id), "补充协议已撤销", now, ct);
        }, ct, alreadyDone: a => a.Status == AgreementStatus.Revoked);

    /// <summary>The agreement's 客服审批 request, the latest first.</summary>
    public Task<ApprovalRequest?> ReviewApprovalAsync(Guid agreementId, CancellationToken ct) =>
        db.ApprovalRequests.AsNoTracking().Where(r => r.BusinessType == ApprovalBusinessType.SupplementaryAgreement && r.SubjectId == agreementId)
            .OrderByDescending(r => r.SubmittedAt).FirstOrDefaultAsync(ct);

    private async Task<SupplementaryAgreement?> LoadAsync(Guid id, int version, Func<SupplementaryAgreement, bool> alreadyDone, CancellationToken ct)
    {
        var agreement = await db.SupplementaryAgreements.Include(a => a.Lines).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new DomainException("补充协议不存在");
        if (agreement.Version == version)
        {
            return agreement;
        }

        return alreadyDone(agreement) ? null : throw new DomainException(ConflictMessage);
    }

    /// <param name="saved">The action saved the unit of work itself (through the approval service).</param>
    private async Task RunAsync(Guid id, int version, Func<SupplementaryAgreement, Task> action, CancellationToken ct, bool saved = false,
        Func<SupplementaryAgreement, bool>? alreadyDone = null)
    {
        if (await LoadAsync(id, version, alreadyDone ?? (_ => false), ct) is not { } agreement)
        {
            return;
        }

        await action(agreement);
        if (!saved || db.ChangeTracker.HasChanges())
        {
            await SaveAsync(ct);
        }
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
}
