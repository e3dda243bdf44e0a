using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Refunds;

/// <summary>业务信息 of a 退款申请 for the approver in the inbox (the account number masked).</summary>
public sealed class RefundApprovalSubjects(CellCrmDbContext db)
{
    public async Task<IReadOnlyList<(string Label, string Value)>?> DescribeAsync(ApprovalRequest request, CancellationToken ct)
    {
        if (request.BusinessType != ApprovalBusinessType.Refund
            || await db.RefundApplications.AsNoTracking().Include(a => a.Lines).FirstOrDefaultAsync(a => a.Id == request.SubjectId, ct) is not { } a)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == a.CustomerId).Select(c => c.Name).FirstAsync(ct);
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == a.ContractId).Select(c => c.Number).FirstAsync(ct);
        return
        [
            ("退款申请编号", a.Number), ("客户", customer), ("合同编号", contract), ("退款金额", Money.Yuan(a.TotalFen) + " 元"),
            ("退款明细", string.Join("；", a.Lines.OrderBy(l => l.Sort).Select(l => $"{l.SourceLabel} 退 {Money.Yuan(l.AmountFen)}元"))),
            ("退款原因", a.Reason), ("退款账户", $"{a.AccountBankName} {RefundAccount.Mask(a.AccountNumber)}"),
            ("申请状态", RefundLabels.Of(a.Status)), ("申请详情", $"/Refunds/Details/{a.Id}"),
        ];
    }
}
