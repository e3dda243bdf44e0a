using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Files;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.OfflineCollections;

/// <summary>Enters and checks offline collections (线下收款, seed 000 §5.3) and draws 预付款抵扣 from prepayment
/// orders (§5.5). Each action loads the collection at the version the form saw, applies one domain method and saves
/// once; a 预付款抵扣 saves with its prepayment account, whose version refuses a second deduction made at the same
/// moment, so the balance never goes below zero. Entering takes the contract's collection lock (the one 发起收款 takes),
/// so two entries on one contract at the same moment cannot together collect more than a product line owes.</summary>
public sealed class OfflineCollectionService(CellCrmDbContext db, FileUploadService uploads, ContractCollectionLock collectionLock, TimeProvider clock)
{
    public const string FileOwnerType = nameof(OfflineCollection);

    public const string ConflictMessage = "该线下收款已被他人更新，请刷新页面后重试";

    public const string BalanceConflictMessage = "预付款余额刚被其他抵扣更新，请刷新页面核对余额后重试";

    /// <summary>凭证: receipts, transfer slips and screenshots (images or PDF).</summary>
    public static readonly IReadOnlySet<DetectedFileType> AttachmentTypes = FileUploadService.ReportTypes;

    public long MaxAttachmentBytes => uploads.MaxBytes;

    /// <summary>新建线下收款 on a contract: saved as 草稿, or entered at once (<paramref name="enter"/>).</summary>
    public async Task<OfflineCollection> CreateAsync(Guid contractId, OfflineCollectionDetails details, bool enter, StaffRef actor,
        Guid? requestKey, CancellationToken ct)
    {
        if (await ByRequestKeyAsync(requestKey, actor.Id, ct) is { } earlier)
        {
            return earlier;
        }

        await using var held = enter ? await collectionLock.AcquireAsync(contractId, ct) : null;
        var contract = await ContractAsync(contractId, ct);
        var now = clock.GetUtcNow();
        var collected = await Receipts.SoFarAsync(db, contractId, null, ct);
        var collection = new OfflineCollection(contract, details, collected, actor, now, requestKey);
        await CheckPrepaymentOrderAsync(collection, contract, ct);
        db.OfflineCollections.Add(collection);
        if (enter)
        {
            await EnterAsync(collection, contract, collected, now, ct);
        }

        try
        {
            await SaveAsync(collection, ct);
        }
        catch (DomainException) when (requestKey is not null)
        {
            // The same form submitted twice at once: the unique key let the first in; this one answers with it.
            db.ChangeTracker.Clear();
            if (await ByRequestKeyAsync(requestKey, actor.Id, ct) is { } first)
            {
                return first;
            }

            throw;
        }

        return collection;
    }

    /// <summary>Changes a draft (or one found wrong) and, with <paramref name="enter"/>, enters it.</summary>
    public async Task UpdateAsync(Guid id, int version, OfflineCollectionDetails details, bool enter, CancellationToken ct)
    {
        var collection = await LoadAsync(id, version, ct);
        await using var held = enter ? await collectionLock.AcquireAsync(collection.ContractId, ct) : null;
        var contract = await ContractAsync(collection.ContractId, ct);
        var now = clock.GetUtcNow();
        var collected = await Receipts.SoFarAsync(db, contract.Id, id, ct);
        collection.Update(contract, details, collected, now);
        await CheckPrepaymentOrderAsync(collection, contract, ct);
        if (enter)
        {
            await EnterAsync(collection, contract, collected, now, ct);
        }

        await SaveAsync(collection, ct);
    }

    /// <summary>提交 a draft (or a corrected one): it counts as received from now on.</summary>
    public async Task EnterAsync(Guid id, int version, CancellationToken ct)
    {
        var collection = await LoadAsync(id, version, ct, alreadyDone: c => c.Counts);
        if (collection is null)
        {
            return;
        }

        await using var held = await collectionLock.AcquireAsync(collection.ContractId, ct);
        var contract = await ContractAsync(collection.ContractId, ct);
        await EnterAsync(collection, contract, await Receipts.SoFarAsync(db, contract.Id, id, ct), clock.GetUtcNow(), ct);
        await SaveAsync(collection, ct);
    }

    /// <summary>核对 by finance; a 预付款抵扣 found wrong gives its amount back to the prepayment balance.</summary>
    public async Task CheckAsync(Guid id, int version, StaffRef checker, DateOnly checkedOn, ReceiptCheck result, bool hasError, string? errorNote,
        CancellationToken ct)
    {
        var collection = await LoadAsync(id, version, ct);
        collection.Check(checker, checkedOn, result, hasError, errorNote, clock.GetUtcNow());
        if (collection.Status == OfflineCollectionStatus.Erroneous && collection.PrepaymentOrderId is { } orderId)
        {
            var account = await db.PrepaymentAccounts.FirstAsync(a => a.Id == orderId, ct);
            account.Restore(collection.AmountFen);
        }

        await SaveAsync(collection, ct);
    }

    /// <summary>Adds a 凭证 to a collection that may still be changed.</summary>
    public async Task<UploadResult> AttachAsync(Guid id, Stream content, string? fileName, StaffRef actor, CancellationToken ct)
    {
        var status = await db.OfflineCollections.AsNoTracking().Where(c => c.Id == id).Select(c => (OfflineCollectionStatus?)c.Status).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("线下收款不存在");
        if (status is OfflineCollectionStatus.Checked)
        {
            throw new DomainException("该线下收款已核对，不能再添加附件");
        }

        return await uploads.UploadAsync(content, fileName, new FileOwner(FileOwnerType, id), new Uploader(actor.Id, actor.Name), AttachmentTypes, ct);
    }

    /// <summary>The customer's 预付款订单 that accept payment, with their balances (for 预付款抵扣).</summary>
    public async Task<IReadOnlyList<PrepaymentBalance>> PrepaymentBalancesAsync(Guid customerId, CancellationToken ct)
    {
        var orders = await db.Contracts.AsNoTracking()
            .Where(c => c.CustomerId == customerId && c.BusinessType == ContractBusinessType.Prepayment
                && c.Status != ContractStatus.Draft && c.Status != ContractStatus.Terminated)
            .OrderBy(c => c.CreatedAt).Select(c => new { c.Id, c.Number, c.AmountFen }).ToListAsync(ct);
        var ids = orders.Select(o => o.Id).ToList();
        var deducted = await db.PrepaymentAccounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.DeductedFen, ct);
        var result = new List<PrepaymentBalance>();
        foreach (var o in orders)
        {
            result.Add(new PrepaymentBalance(o.Id, o.Number, o.AmountFen, await Receipts.ReceivedFenAsync(db, o.Id, ct), deducted.GetValueOrDefault(o.Id)));
        }

        return result;
    }

    private async Task EnterAsync(OfflineCollection collection, Contract contract, CollectedSoFar collected, DateTimeOffset now, CancellationToken ct)
    {
        collection.Enter(contract, collected, now);
        if (collection.PrepaymentOrderId is { } orderId)
        {
            var order = await PrepaymentOrderAsync(orderId, contract, ct);
            var account = await db.PrepaymentAccounts.FirstOrDefaultAsync(a => a.Id == orderId, ct);
            if (account is null)
            {
                account = new PrepaymentAccount(order);
                db.PrepaymentAccounts.Add(account);
            }

            account.Deduct(collection.AmountFen, contract.CustomerId, await Receipts.ReceivedFenAsync(db, orderId, ct));
        }
    }

    private async Task CheckPrepaymentOrderAsync(OfflineCollection collection, Contract contract, CancellationToken ct)
    {
        if (collection.PrepaymentOrderId is { } orderId)
        {
            await PrepaymentOrderAsync(orderId, contract, ct);
        }
    }

    /// <summary>A 预付款抵扣 draws on a submitted 预付款订单 of the same customer.</summary>
    private async Task<Contract> PrepaymentOrderAsync(Guid orderId, Contract contract, CancellationToken ct)
    {
        var order = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == orderId, ct);
        if (order is null || order.BusinessType != ContractBusinessType.Prepayment || order.CustomerId != contract.CustomerId)
        {
            throw new DomainException("请选择该客户的预付款订单", "PrepaymentOrderId");
        }

        if (!order.AcceptsPayment)
        {
            throw new DomainException($"预付款订单{order.Number}{ContractLabels.Of(order.Status)}，不能抵扣", "PrepaymentOrderId");
        }

        return order;
    }

    private async Task<Contract> ContractAsync(Guid contractId, CancellationToken ct) =>
        await db.Contracts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == contractId, ct)
            ?? throw new DomainException("合同不存在");

    private async Task<OfflineCollection> LoadAsync(Guid id, int version, CancellationToken ct) =>
        await LoadAsync(id, version, ct, _ => false) ?? throw new DomainException(ConflictMessage);

    /// <summary>The collection at <paramref name="version"/>; null when a stale request finds its action already done
    /// (a double click), which is then answered as done.</summary>
    private async Task<OfflineCollection?> LoadAsync(Guid id, int version, CancellationToken ct, Func<OfflineCollection, bool> alreadyDone)
    {
        var collection = await db.OfflineCollections.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new DomainException("线下收款不存在");
        if (collection.Version == version)
        {
            return collection;
        }

        return alreadyDone(collection) ? null : throw new DomainException(ConflictMessage);
    }

    private async Task<OfflineCollection?> ByRequestKeyAsync(Guid? key, Guid staffId, CancellationToken ct) =>
        key is null ? null : await db.OfflineCollections.AsNoTracking().FirstOrDefaultAsync(c => c.RequestKey == key && c.EnteredById == staffId, ct);

    private async Task SaveAsync(OfflineCollection collection, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, "PRIMARY", "PrepaymentAccounts.Id", "IX_OfflineCollections_RequestKey", "OfflineCollections.RequestKey"))
        {
            throw new DomainException(collection.IsDeduction ? BalanceConflictMessage : ConflictMessage);
        }
    }
}
