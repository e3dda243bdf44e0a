using CellCrm.Domain.Common;
using CellCrm.Infrastructure.Redis;

namespace CellCrm.Infrastructure.Payments;

/// <summary>One 发起收款 (or plan change) per contract at a time, across every node: the check "received + open links ≤
/// amount" and the save of the new link must not interleave with another form for the same contract.</summary>
public sealed class ContractCollectionLock(IDistributedLock locks)
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public async Task<IAsyncDisposable> AcquireAsync(Guid contractId, CancellationToken ct) =>
        await locks.TryAcquireAsync($"contract-collect:{contractId:N}", Expiry, Wait, ct)
        ?? throw new DomainException("该合同正在处理其他收款，请稍后重试");
}
