using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Payments;

/// <summary>修改记录 of a payment link: the link's own changes and those of its orders and payments.</summary>
public sealed class PaymentHistory(CellCrmDbContext db)
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(PaymentLink.State)] = "状态", [nameof(PaymentLink.CancelReason)] = "取消原因", [nameof(PaymentLink.PaidAt)] = "支付时间",
        [nameof(PaymentLink.TransactionId)] = "微信支付单号", [nameof(PaymentLink.CancelledAt)] = "取消时间",
        [nameof(PaymentLink.SupersededById)] = "替代链接", [nameof(PaymentAttempt.PrepayId)] = "预支付标识",
        [nameof(PaymentAttempt.PrepayExpiresAt)] = "预支付有效期", [nameof(PaymentAttempt.CheckedAt)] = "查询时间",
        [nameof(PaymentAttempt.ClosedAt)] = "关闭时间",
    };

    private static readonly Dictionary<string, string> Entities = new()
    {
        [nameof(PaymentLink)] = "付款链接", [nameof(PaymentAttempt)] = "支付订单", [nameof(Payment)] = "收款记录",
    };

    public async Task<IReadOnlyList<AuditLine>> ForAsync(PaymentLink link, CancellationToken ct)
    {
        // The link's own entries are filed under its customer (so the customer's history shows them), its orders' and
        // payments' under the link. Both halves use the (RootId, At) index; EntityId has none, so "EntityId = link
        // OR RootId = link" read the whole audit table.
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.RootId == link.CustomerId && a.EntityId == link.Id)
            .Concat(db.AuditEntries.AsNoTracking().Where(a => a.RootId == link.Id))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(200).ToListAsync(ct);
        return entries.Select(e => new AuditLine(
            e.At,
            e.ActorName,
            e.Action switch
            {
                AuditAction.Created => "新建",
                AuditAction.Deleted => "删除",
                AuditAction.Modified => "修改",
            } + Entities.GetValueOrDefault(e.EntityType, e.EntityType),
            e.Action == AuditAction.Modified ? Fields.GetValueOrDefault(e.Field, e.Field) : "",
            Display(e.Field, e.OldValue),
            Display(e.Field, e.NewValue))).ToList();
    }

    private static string? Display(string field, string? value) =>
        field == nameof(PaymentLink.State) && Enum.TryParse<PaymentLinkState>(value, out var s) ? PaymentLinkLabels.Of(s)
        : field == nameof(PaymentAttempt.State) && Enum.TryParse<PaymentAttemptState>(value, out var a) ? PaymentLinkLabels.Of(a)
        : value;
}
