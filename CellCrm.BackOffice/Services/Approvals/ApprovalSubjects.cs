using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Approvals;

/// <summary>What the approver needs to know about the business object behind a request (业务信息).</summary>
public sealed class ApprovalSubjects(CellCrmDbContext db, Contracts.ContractApprovalSubjects contracts, Refunds.RefundApprovalSubjects refunds,
    PaymentSplits.PaymentSplitApprovalSubjects splits)
{
    public async Task<IReadOnlyList<(string Label, string Value)>> DescribeAsync(ApprovalRequest request, CancellationToken ct)
    {
        if (await contracts.DescribeAsync(request, ct) is { } contract)
        {
            return contract;
        }

        if (await refunds.DescribeAsync(request, ct) is { } refund)
        {
            return refund;
        }

        if (await splits.DescribeAsync(request, ct) is { } split)
        {
            return split;
        }

        switch (request.BusinessType)
        {
            case ApprovalBusinessType.CustomerShare:
                var share = await db.CustomerShares.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SubjectId, ct);
                if (share is null)
                {
                    break;
                }

                return
                [
                    ("申请编号", share.Number),
                    ("共享类型", share.Type == ShareType.Lead ? "共享线索" : "共享客户"),
                    ("客户姓名", share.RequestedName),
                    ("手机号", Masking.Mobile(share.RequestedMobile)),
                    ("申请原因", share.Reason),
                    ("原负责人", await StaffNameAsync(share.OwnerIdAtRequest, ct)),
                    ("共享状态", ShareLabel(share.Status)),
                    ("到期时间", ChinaTime.Format(share.ExpiresAt)),
                ];
            case ApprovalBusinessType.PoolClaim:
                var claim = await db.PoolClaims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.SubjectId, ct);
                if (claim is null)
                {
                    break;
                }

                var customer = await db.Customers.AsNoTracking().Where(c => c.Id == claim.CustomerId)
                    .Select(c => new { c.Name, c.PreviousOwnerId, c.Mobile }).FirstAsync(ct);
                return
                [
                    ("客户", customer.Name),
                    ("手机号", Masking.Mobile(customer.Mobile)),
                    ("原负责人", customer.PreviousOwnerId is { } p ? await StaffNameAsync(p, ct) : "—"),
                    ("分配给", await StaffNameAsync(claim.NewOwnerId, ct)),
                ];
        }

        return [("业务编号", request.SubjectId.ToString())];
    }

    private async Task<string> StaffNameAsync(Guid id, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "—";

    private static string ShareLabel(CustomerShareStatus status) => status switch
    {
        CustomerShareStatus.PendingApproval => "待审批",
        CustomerShareStatus.Active => "共享中",
        CustomerShareStatus.Kept => "已保留（已成交）",
        CustomerShareStatus.Revoked => "已收回",
        CustomerShareStatus.Rejected => "已驳回",
        CustomerShareStatus.Withdrawn => "已撤回",
    };
}
