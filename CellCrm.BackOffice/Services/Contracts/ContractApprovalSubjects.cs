using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Services.Contracts;

/// <summary>业务信息 of a 优惠申请 or a 合同客服审批, for the approver in the inbox.</summary>
public sealed class ContractApprovalSubjects(CellCrmDbContext db)
{
    public async Task<IReadOnlyList<(string Label, string Value)>?> DescribeAsync(ApprovalRequest request, CancellationToken ct)
    {
        switch (request.BusinessType)
        {
            case ApprovalBusinessType.DiscountApplication:
                var a = await db.DiscountApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.SubjectId, ct);
                if (a is null)
                {
                    return null;
                }

                var customer = await db.Customers.AsNoTracking().Where(c => c.Id == a.CustomerId).Select(c => new { c.Name, c.Mobile }).FirstAsync(ct);
                var proofs = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerType == DiscountProofService.FileOwnerType && f.OwnerId == a.Id)
                    .OrderBy(f => f.UploadedAt).Select(f => new { f.Id, f.OriginalName }).ToListAsync(ct);
                return
                [
                    ("优惠申请编号", a.Number), ("客户姓名", customer.Name), ("联系电话", Masking.Mobile(customer.Mobile)),
                    ("优惠业务类型", ContractLabels.Of(a.PolicyKind)), ("优惠政策", a.PolicyName), ("政策编号", a.PolicyCode ?? "—"),
                    ("VIP优惠来源", a.VipSource ?? "—"), ("优惠原因", a.Reason), ("优惠前金额", Money.Yuan(a.AmountBeforeFen) + " 元"),
                    ("折扣总金额", Money.Yuan(a.DiscountFen) + " 元"), ("优惠后金额", Money.Yuan(a.AmountAfterFen) + " 元"),
                    ("申请状态", ContractLabels.Of(a.Status)),
                    ("证明材料", proofs.Count == 0 ? "未上传" : $"{proofs.Count}个文件"),
                    .. proofs.Select(f => ($"证明材料：{f.OriginalName}", $"/DiscountApplications/Proofs/{a.Id}?handler=File&fileId={f.Id}")),
                ];
            case ApprovalBusinessType.ContractReview:
                var c = await db.Contracts.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == request.SubjectId, ct);
                if (c is null)
                {
                    return null;
                }

                var name = await db.Customers.AsNoTracking().Where(x => x.Id == c.CustomerId).Select(x => x.Name).FirstAsync(ct);
                return
                [
                    ("合同编号", c.Number), ("客户", name), ("业务类型", ContractLabels.Of(c.BusinessType)), ("合同/订单类型", ContractLabels.Of(c.OrderType)),
                    ("合同产品", string.Join("；", c.Lines.OrderBy(l => l.Sort).Select(l => $"{l.ProductName} ×{l.Quantity} {Money.Yuan(l.AmountAfterFen)}元"))),
                    ("合同金额", Money.Yuan(c.AmountFen) + " 元" + (c.DiscountFen > 0 ? $"（优惠 {Money.Yuan(c.DiscountFen)} 元，{c.MarketPolicyName}）" : "")),
                    ("签署", c.PaperScanFileId is null ? ChinaTime.Format(c.SignatureCompletedAt) : "纸质合同扫描件已上传 " + ChinaTime.Format(c.PaperScanUploadedAt)),
                    ("合同状态", ContractLabels.Of(c.Status)), ("合同详情", $"/Contracts/Details/{c.Id}"),
                ];
            case ApprovalBusinessType.SupplementaryAgreement:
                var g = await db.SupplementaryAgreements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.SubjectId, ct);
                if (g is null)
                {
                    return null;
                }

                var holder = await db.Customers.AsNoTracking().Where(x => x.Id == g.CustomerId).Select(x => x.Name).FirstAsync(ct);
                return
                [
                    ("协议编号", g.Number), ("协议类型", AgreementLabels.Of(g.Type)), ("合同编号", g.ContractNumber), ("客户", holder),
                    ("样本是否已采集", g.SampleCollected ? "已采集" : "未采集"), (g.Type == AgreementType.NoticeLetter ? "告知内容" : "原因", g.Reason),
                    ("原合同金额", Money.Yuan(g.ContractAmountFen) + " 元"),
                    ("变更内容", g.ChangeKind is { } kind
                        ? $"{AgreementLabels.Of(kind)}：保留{g.KeptItems}，取消{g.CancelledItems}，变更后金额 {Money.Yuan(g.AmountAfterFen ?? 0)} 元"
                        : g.IsTermination ? "生效后合同终止" : "不改变合同"),
                    ("签署", g.PaperScanFileId is null ? ChinaTime.Format(g.SignatureCompletedAt) : "纸质协议扫描件已上传 " + ChinaTime.Format(g.PaperScanUploadedAt)),
                    ("协议状态", AgreementLabels.Of(g.Status)), ("补充协议详情", $"/Contracts/Agreements/Details/{g.Id}"),
                ];
            default:
                return null;
        }
    }
}
