using CellCrm.Domain.Common;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;

namespace CellCrm.Infrastructure.RealName;

/// <summary>The default notifier: a notice in the customer's portal, saved with the decision. (The WeChat
/// template message 实名审核结果 is added by the messaging outbox.)</summary>
public sealed class DbRealNameNotifier(CellCrmDbContext db, TimeProvider clock) : IRealNameNotifier
{
    public Task NotifyAsync(RealNameVerification verification, CancellationToken ct)
    {
        var (title, body) = verification.Status switch
        {
            RealNameStatus.Approved or RealNameStatus.Completed => ("实名认证已通过", "您的实名认证已通过，现在可以在线签署合同和办理业务。"),
            RealNameStatus.Rejected => ("实名认证未通过", $"驳回原因：{verification.RejectReason}。请核对信息后重新提交。"),
            RealNameStatus.Pending => ("实名认证审核中", $"客服将在 {ChinaTime.Format(verification.Deadline)} 前完成审核。"),
        };
        db.RealNameNotices.Add(new RealNameNotice(verification.OpenId, title, body, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
