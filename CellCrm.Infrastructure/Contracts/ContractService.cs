using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Files;
using CellCrm.Domain.Organization;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Signing;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>Creates contracts and moves them through their states (SPEC §3.3). Each action loads the contract,
/// applies one domain method and saves once; a save that lost a race is refused with "请刷新后重试". Prices come
/// from the catalogue and totals from the domain, whatever the form computed.</summary>
public sealed class ContractService(
    CellCrmDbContext db,
    INumberGenerator numbers,
    ApprovalService approvals,
    FileUploadService uploads,
    SigningVoids signing,
    TimeProvider clock)
{
    public const string FileOwnerType = nameof(Contract);

    public static readonly IReadOnlySet<DetectedFileType> ScanTypes = FileUploadService.ReportTypes;

    public async Task<Contract> CreateAsync(ContractDraft draft, StaffRef owner, Guid ownerDepartmentId, AccessScope scope, CancellationToken ct)
    {
        if (await ByRequestKeyAsync(draft.RequestKey, owner.Id, ct) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        var details = await CheckDetailsAsync(draft.Details, scope, ct);
        var contract = new Contract(await numbers.NextAsync(ContractLabels.NumberPrefix(details.BusinessType), now, ct), details,
            owner.Id, ownerDepartmentId, now, draft.RequestKey);
        await PriceAsync(contract, draft, now, ct);
        db.Contracts.Add(contract);
        try
        {
            await SaveAsync(ct);
        }
        catch (Exception e) when (draft.RequestKey is not null && SaveConflicts.IsConflict(e, "IX_Contracts_RequestKey", "Contracts.RequestKey"))
        {
            // The same form submitted twice at once: the unique key let the first in; this one answers with it.
            db.ChangeTracker.Clear();
            return await ByRequestKeyAsync(draft.RequestKey, owner.Id, ct) ?? throw new DomainException(ConflictMessage);
        }

        return contract;
    }

    private async Task<Contract?> ByRequestKeyAsync(Guid? key, Guid ownerId, CancellationToken ct) =>
        key is null ? null : await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.RequestKey == key && c.OwnerId == ownerId, ct);

    public Task UpdateAsync(Guid id, int version, ContractDraft draft, AccessScope scope, CancellationToken ct) =>
        RunAsync(id, version, async contract =>
        {
            contract.Update(await CheckDetailsAsync(draft.Details, scope, ct));
            await PriceAsync(contract, draft, clock.GetUtcNow(), ct);
        }, ct);

    /// <summary>提交: a contract to sign waits for the signature (or the paper scan); an order that needs none goes
    /// straight to 客服审核.</summary>
    public Task SubmitAsync(Guid id, int version, StaffRef actor, CancellationToken ct) =>
        RunAsync(id, version, async contract =>
        {
            var now = clock.GetUtcNow();
            contract.Submit(now);
            if (contract.Status == ContractStatus.Signed)
            {
                RecordSigned(contract, now);
                await StartReviewAsync(contract, actor, now, ct);
            }
        }, ct, saved: true, alreadyDone: c => c.Status != ContractStatus.Draft && c.SubmittedAt is not null);

    public Task ReturnToDraftAsync(Guid id, int version, CancellationToken ct) =>
        RunAsync(id, version, async contract =>
        {
            contract.ReturnToDraft();
            // The waiting document no longer matches what will be resubmitted: voided at once, in the same save.
            await signing.VoidOpenAsync(new SigningSubject(FileOwnerType, contract.Id), "合同已撤回修改", clock.GetUtcNow(), ct);
        }, ct, alreadyDone: c => c.Status == ContractStatus.Draft);

    /// <summary>纸质合同: stores the scan of the signed paper (PDF or image) and marks the contract signed.</summary>
    public async Task<UploadResult> UploadScanAsync(Guid id, int version, Stream content, string? fileName, StaffRef actor, CancellationToken ct)
    {
        var contract = await LoadAsync(id, version, ct);
        contract.EnsureScanAccepted();

        var result = await uploads.UploadAsync(content, fileName, new FileOwner(FileOwnerType, id), new Uploader(actor.Id, actor.Name), ScanTypes, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        var now = clock.GetUtcNow();
        contract.AttachPaperScan(result.File!.Id, now);
        RecordSigned(contract, now);
        await SaveAsync(ct);
        return result;
    }

    /// <summary>提交客服审核 of a signed contract (电子合同 after signing, 纸质合同 after the scan).</summary>
    public Task SubmitForReviewAsync(Guid id, int version, StaffRef actor, CancellationToken ct) =>
        RunAsync(id, version, contract => StartReviewAsync(contract, actor, clock.GetUtcNow(), ct), ct, saved: true,
            alreadyDone: c => c.Status is ContractStatus.InReview or ContractStatus.Effective);

    /// <summary>The 客服审批 request of the contract, the latest first.</summary>
    public Task<ApprovalRequest?> ReviewApprovalAsync(Guid contractId, CancellationToken ct) =>
        db.ApprovalRequests.AsNoTracking().Where(r => r.BusinessType == ApprovalBusinessType.ContractReview && r.SubjectId == contractId)
            .OrderByDescending(r => r.SubmittedAt).FirstOrDefaultAsync(ct);

    private async Task StartReviewAsync(Contract contract, StaffRef actor, DateTimeOffset now, CancellationToken ct)
    {
        contract.SubmitForReview(now);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == contract.CustomerId).Select(c => c.Name).FirstAsync(ct);
        var department = await db.Staff.Where(s => s.Id == actor.Id).Select(s => s.DepartmentId).FirstAsync(ct);
        try
        {
            // Saves the contract with the request: both or neither.
            await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.ContractReview, contract.Id,
                $"合同客服审核：{customer}（{contract.Number}）", actor, department, contract.DepartmentId, contract.AmountFen), ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException(ConflictMessage);
        }
    }

    private void RecordSigned(Contract contract, DateTimeOffset now) =>
        db.CustomerMilestones.Add(new CustomerMilestone(contract.CustomerId, CustomerMilestoneKind.ContractSigned, contract.Number, now));

    public const string ConflictMessage = "该合同已被他人更新，请刷新页面后重试";

    private async Task<Contract> LoadAsync(Guid id, int version, CancellationToken ct) =>
        await LoadAsync(id, version, _ => false, ct) ?? throw new DomainException(ConflictMessage);

    /// <summary>The contract at <paramref name="version"/>; null when a stale request finds its action already done
    /// (a double click), which is then answered as done instead of as a conflict.</summary>
    private async Task<Contract?> LoadAsync(Guid id, int version, Func<Contract, bool> alreadyDone, CancellationToken ct)
    {
        var contract = await db.Contracts.Include(c => c.Lines).Include(c => c.DemandLists).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new DomainException("合同不存在");
        if (contract.Version == version)
        {
            return contract;
        }

        return alreadyDone(contract) ? null : throw new DomainException(ConflictMessage);
    }

    /// <param name="saved">The action saved the unit of work itself (through the approval service).</param>
    /// <param name="alreadyDone">Recognises, on a stale version, that this very action was already applied.</param>
    private async Task RunAsync(Guid id, int version, Func<Contract, Task> action, CancellationToken ct, bool saved = false,
        Func<Contract, bool>? alreadyDone = null)
    {
        if (await LoadAsync(id, version, alreadyDone ?? (_ => false), ct) is not { } contract)
        {
            return;
        }

        await action(contract);
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
        catch (Exception e) when (SaveConflicts.IsConflict(e, "IX_DiscountApplications_UsedByContractId", "DiscountApplications.UsedByContractId"))
        {
            throw new DomainException(ConflictMessage);
        }
    }

    /// <summary>The customer must be active and in the advisor's scope; the family archive is the customer's; the
    /// demand lists belong to that family; the hospital is active.</summary>
    private async Task<ContractDetails> CheckDetailsAsync(ContractDetails details, AccessScope scope, CancellationToken ct)
    {
        var valid = details.Validated();
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == valid.CustomerId)
            .Select(c => new { c.Id, c.OwnerId, c.DepartmentId, c.Status, c.FamilyArchiveId }).FirstOrDefaultAsync(ct);
        if (customer is null || customer.Status != CustomerStatus.Active || !scope.Covers(customer.Id, customer.OwnerId, customer.DepartmentId))
        {
            throw new DomainException("客户不存在或不在您的客户范围内", nameof(ContractDetails.CustomerId));
        }

        if (valid.FamilyArchiveId is { } family && family != customer.FamilyArchiveId)
        {
            throw new DomainException("家庭档案须为该客户所在的家庭档案", nameof(ContractDetails.FamilyArchiveId));
        }

        if (!await db.Hospitals.AnyAsync(h => h.Id == valid.HospitalId && h.IsActive, ct))
        {
            throw new DomainException("请选择有效的签约医院", nameof(ContractDetails.HospitalId));
        }

        if (valid.DemandListIds.Count > 0)
        {
            var ids = valid.DemandListIds.ToList();
            var familyMembers = db.Customers.Where(c => c.FamilyArchiveId == customer.FamilyArchiveId).Select(c => c.Id);
            var matching = await db.DemandLists.CountAsync(d => ids.Contains(d.Id)
                && (familyMembers.Contains(d.RecipientId) || familyMembers.Contains(d.DonorId)), ct);
            if (matching != ids.Count)
            {
                throw new DomainException("只能关联该客户家庭档案内的需求清单", nameof(ContractDetails.DemandListIds));
            }
        }

        return valid with { FamilyArchiveId = customer.FamilyArchiveId };
    }

    private async Task PriceAsync(Contract contract, ContractDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        if (contract.BusinessType == ContractBusinessType.Prepayment)
        {
            await PrepaymentOrders.PriceAsync(db, contract, draft, ct);
            return;
        }

        var productIds = draft.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var known = contract.Lines.Select(l => l.ProductId).ToHashSet();
        var drafts = draft.Lines.Select((l, i) =>
        {
            if (!products.TryGetValue(l.ProductId, out var product))
            {
                throw new DomainException("请选择产品", $"Lines[{i}].ProductId");
            }

            if (!product.IsActive && !known.Contains(product.Id))
            {
                throw new DomainException($"产品“{product.Name}”已下架，不能签约", $"Lines[{i}].ProductId");
            }

            return new LineDraft(product.Id, product.Code, $"{product.Name}（{product.CellType}）", product.ListPriceFen, l.Quantity, l.AmountAfterFen);
        }).ToList();

        MarketPolicy? policy = null;
        if (draft.MarketPolicyId is { } policyId)
        {
            policy = await db.MarketPolicies.AsNoTracking().Include(p => p.Products).FirstOrDefaultAsync(p => p.Id == policyId, ct)
                ?? throw new DomainException("请选择有效的市场政策", "MarketPolicyId");
        }

        DiscountApplication? application = null;
        if (draft.DiscountApplicationId is { } applicationId)
        {
            application = await db.DiscountApplications.FirstOrDefaultAsync(a => a.Id == applicationId, ct)
                ?? throw new DomainException("请选择有效的优惠申请", "DiscountApplicationId");
        }

        var previous = contract.DiscountApplicationId;
        contract.Price(drafts, policy, application, ChinaTime.Today(now));
        if (previous is { } old && old != contract.DiscountApplicationId
            && await db.DiscountApplications.FirstOrDefaultAsync(a => a.Id == old, ct) is { } released)
        {
            released.Release(contract.Id);
        }
    }
}
