using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.PaymentSplits;

/// <summary>业务信息 of a 回款拆单 for the regional manager in the inbox: the receipt and every line.</summary>
public sealed class PaymentSplitApprovalSubjects(CellCrmDbContext db)
{
    public async Task<IReadOnlyList<(string Label, string Value)>?> DescribeAsync(ApprovalRequest request, CancellationToken ct)
    {
        if (request.BusinessType != ApprovalBusinessType.PaymentSplit)
        {
            return null;
        }

        var split = await db.PaymentSplits.AsNoTracking().Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == request.SubjectId, ct);
        if (split is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == split.CustomerId).Select(c => c.Name).FirstAsync(ct);
        var contract = split.ContractId is { } id ? await db.Contracts.AsNoTracking().Where(c => c.Id == id).Select(c => c.Number).FirstOrDefaultAsync(ct) : null;
        List<(string Label, string Value)> rows =
        [
            ("拆单编号", split.Number), ("客户名称", customer), ("合同编号", contract ?? "—"), ("回款来源", PaymentSplitLabels.Of(split.SourceKind)),
            ("本次回款金额", Money.Yuan(split.ReceivedFen) + " 元"), ("回款日期", ChinaTime.Format(split.ReceivedAt)),
        ];
        rows.AddRange(split.Lines.OrderBy(l => l.Sort).Select(l => ($"拆单明细{l.Sort + 1}",
            $"{l.AdvisorName} · {l.HospitalName} · {PaymentSplitLabels.Percent(l.RatioBasisPoints)} · {Money.Yuan(l.AmountFen)} 元")));
        rows.Add(("拆单状态", PaymentSplitLabels.Of(split.Status)));
        rows.Add(("拆单详情", $"/PaymentSplits/Details/{split.Id}"));
        return rows;
    }
}
