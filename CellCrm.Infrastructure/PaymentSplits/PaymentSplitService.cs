using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Organization;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Redis;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.PaymentSplits;

/// <summary>回款拆单 (seed 000 §5.4): created on a receipt of a customer in the staff member's scope and sent to the
/// regional manager on the approval mechanism in the same unit of work. The same form submitted twice creates one
/// split, and a receipt has at most one pending or approved split (a unique key, so also under concurrency).</summary>
public sealed class PaymentSplitService(CellCrmDbContext db, ApprovalService approvals, IEnumerable<ISplitReceiptSource> sources,
    IDistributedLock locks, INumberGenerator numbers, TimeProvider clock)
{
    public const string AlreadySplitMessage = "该笔回款已有待审批或已通过的拆单";

    public async Task<PaymentSplit> CreateAsync(PaymentSplitRequest request, StaffRef applicant, AccessScope scope, CancellationToken ct)
    {
        if (await ByRequestKeyAsync(request.RequestKey, applicant.Id, ct) is { } earlier)
        {
            return earlier;
        }

        var receipt = await ReceiptInScopeAsync(request.SourceKind, request.SourceId, scope, ct)
            ?? throw new DomainException("回款不存在或不在您的客户范围内");

        // Splits of one receipt are checked and saved one at a time (across nodes), so a repeated form finds the first
        // split by its key instead of racing it on the unique indexes.
        await using var held = await locks.TryAcquireAsync($"payment-split:{receipt.Kind}:{receipt.Id}", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), ct)
            ?? throw new DomainException("该笔回款有其他拆单正在提交，请稍后重试");
        if (await ByRequestKeyAsync(request.RequestKey, applicant.Id, ct) is { } first)
        {
            return first;
        }

        if (await db.PaymentSplits.AnyAsync(s => s.SourceKind == receipt.Kind && s.ActiveSourceId == receipt.Id, ct))
        {
            throw new DomainException(AlreadySplitMessage);
        }

        var drafts = await DraftsAsync(request.Lines, ct);
        var department = await db.Staff.Where(s => s.Id == applicant.Id).Select(s => s.DepartmentId).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var split = new PaymentSplit(await numbers.NextAsync(PaymentSplit.NumberPrefix, now, ct), receipt, drafts, applicant.Id, department,
            request.RequestKey, now);
        db.PaymentSplits.Add(split);
        var customer = await db.Customers.Where(c => c.Id == receipt.CustomerId).Select(c => c.Name).FirstAsync(ct);
        try
        {
            await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.PaymentSplit, split.Id,
                $"回款拆单：{customer} {Money.Yuan(split.ReceivedFen)}元（{split.Number}）", applicant, department, AmountFen: split.ReceivedFen), ct);
        }
        catch (Exception e) when (SaveConflicts.IsDuplicate(e, "IX_PaymentSplits_RequestKey", "PaymentSplits.RequestKey"))
        {
            // The same form submitted twice at once: the unique key let the first in; this one answers with it.
            db.ChangeTracker.Clear();
            return await ByRequestKeyAsync(request.RequestKey, applicant.Id, ct) ?? throw new DomainException(AlreadySplitMessage);
        }
        catch (Exception e) when (SaveConflicts.IsDuplicate(e, "ActiveSourceId"))
        {
            db.ChangeTracker.Clear();
            throw new DomainException(AlreadySplitMessage);
        }

        return split;
    }

    /// <summary>The receipt if its customer is in <paramref name="scope"/>.</summary>
    public async Task<SplitReceipt?> ReceiptInScopeAsync(SplitSourceKind kind, Guid id, AccessScope scope, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Kind == kind);
        if (source is null || await source.FindAsync(id, ct) is not { } receipt)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == receipt.CustomerId)
            .Select(c => new { c.OwnerId, c.DepartmentId }).FirstOrDefaultAsync(ct);
        return customer is not null && scope.Covers(receipt.CustomerId, customer.OwnerId, customer.DepartmentId) ? receipt : null;
    }

    /// <summary>A refund of a split receipt takes the money back from the approved split's lines (the refund side
    /// calls this in its own unit of work and saves). Nothing happens when the receipt has no approved split, or
    /// when this refund was reversed before.</summary>
    public async Task<IReadOnlyList<PaymentSplitReversal>> ReverseForRefundAsync(SplitSourceKind kind, Guid sourceId, string refundReference,
        long refundFen, CancellationToken ct)
    {
        var split = await db.PaymentSplits.Include(s => s.Lines).Include(s => s.Reversals)
            .FirstOrDefaultAsync(s => s.SourceKind == kind && s.ActiveSourceId == sourceId && s.Status == PaymentSplitStatus.Approved, ct);
        return split is null ? [] : split.ReverseForRefund(refundReference, refundFen, clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<SplitLineDraft>> DraftsAsync(IReadOnlyList<PaymentSplitLineRequest> lines, CancellationToken ct)
    {
        var advisorIds = lines.Select(l => l.AdvisorId).Distinct().ToList();
        var hospitalIds = lines.Select(l => l.HospitalId).Distinct().ToList();
        var advisors = await db.Staff.AsNoTracking().Where(s => advisorIds.Contains(s.Id) && s.IsActive).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var hospitals = await db.Hospitals.AsNoTracking().Where(h => hospitalIds.Contains(h.Id) && h.IsActive).ToDictionaryAsync(h => h.Id, h => h.Name, ct);
        var drafts = new List<SplitLineDraft>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var advisor = advisors.GetValueOrDefault(line.AdvisorId) ?? throw new DomainException($"第{i + 1}行请选择顾问", $"Lines[{i}].AdvisorId");
            var hospital = hospitals.GetValueOrDefault(line.HospitalId) ?? throw new DomainException($"第{i + 1}行请选择拆分医院", $"Lines[{i}].HospitalId");
            drafts.Add(new SplitLineDraft(line.AdvisorId, advisor, line.HospitalId, hospital, line.RatioBasisPoints));
        }

        return drafts;
    }

    private async Task<PaymentSplit?> ByRequestKeyAsync(Guid key, Guid applicantId, CancellationToken ct) =>
        await db.PaymentSplits.AsNoTracking().FirstOrDefaultAsync(s => s.RequestKey == key && s.ApplicantId == applicantId, ct);
}
