using CellCrm.Domain.Common;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;

namespace CellCrm.Infrastructure.RealName;

/// <summary>Tells the customer about their verification: a notice in the portal, saved with the decision, and — once a
/// customer record is bound (approved) — the template message 实名审核结果 through the outbox, in the same
/// transaction (the delivery worker's sweep sends it; SMS and the portal inbox are its fallback). A rejected
/// applicant has no customer record yet, so the portal notice is their answer.</summary>
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
        var now = clock.GetUtcNow();
        db.RealNameNotices.Add(new RealNameNotice(verification.OpenId, title, body, now));
        if (verification.CustomerId is { } customerId && verification.Status is RealNameStatus.Approved or RealNameStatus.Completed)
        {
            var fields = new Dictionary<string, string>
            {
                [TemplateFields.Name] = verification.Name,
                [TemplateFields.Type] = "实名认证",
                [TemplateFields.Title] = title,
                [TemplateFields.Due] = "",
            };
            db.OutboxMessages.Add(new OutboxMessage(customerId, null, OutboxChannel.Template, TemplateKeys.IdentityReviewResult, title,
                fields, $"/RealName/Status/{verification.Id}", $"realname:{verification.Id}", now));
        }

        return Task.CompletedTask;
    }
}
