using CellCrm.Domain.Customers;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.Jobs;

/// <summary>§4.2: a granted share ends after three days unless the customer signed a contract or paid meanwhile;
/// both the applicant and the owner are told when it is taken back.</summary>
public sealed class ShareReclaimJob(CellCrmDbContext db, CustomerUsage usage, INotifier notifier, TimeProvider clock, ILogger<ShareReclaimJob> logger)
{
    public const string Id = "customer-share-reclaim";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.CustomerShares.Where(s => s.Status == CustomerShareStatus.Active && s.ExpiresAt <= now).ToListAsync(ct);
        foreach (var share in due)
        {
            var kept = share.Expire(await usage.HasDealSinceAsync(share.CustomerId, share.GrantedAt!.Value, ct), now) == CustomerShareStatus.Kept;
            var name = await db.Customers.Where(c => c.Id == share.CustomerId).Select(c => c.Name).FirstAsync(ct);
            var applicant = await db.Staff.Where(s => s.Id == share.ApplicantId).Select(s => s.Name).FirstAsync(ct);
            if (kept)
            {
                notifier.Notify(share.ApplicantId, "跨部门共享客户保留提醒", $"数据名称: {share.Number}；客户[{name}]共享期内已签约或回款，共享继续保留", $"/Customers/Details/{share.CustomerId}");
            }
            else
            {
                var body = $"数据名称: {share.Number}；[{applicant}] 申请的客户[{name}], 由于超时未签约, 系统已自动收回!";
                notifier.Notify(share.ApplicantId, "跨部门共享客户收回提醒", body);
                notifier.Notify(share.OwnerIdAtRequest, "跨部门共享客户收回提醒", body, $"/Customers/Details/{share.CustomerId}");
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Share reclaim: {Count} share(s) ended", due.Count);
    }
}
