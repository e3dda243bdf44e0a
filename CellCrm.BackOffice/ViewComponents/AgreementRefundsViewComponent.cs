using CellCrm.BackOffice.Services.Refunds;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Refunds;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>退款申请 on a termination agreement's page: the refunds made under it and, once it is signed,
/// 发起退款申请 for sales staff. The page has checked the agreement's scope.</summary>
public sealed class AgreementRefundsViewComponent(CellCrmDbContext db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid agreementId)
    {
        var ct = HttpContext.RequestAborted;
        var agreement = await db.SupplementaryAgreements.AsNoTracking().Where(g => g.Id == agreementId)
            .Select(g => new { g.Id, g.ContractId, g.Type, g.Status }).FirstOrDefaultAsync(ct);
        if (agreement is null || agreement.Type is not (AgreementType.TerminationBeforeSampling or AgreementType.TerminationAfterSampling)
            || !(await authorization.AuthorizeAsync(UserClaimsPrincipal, RefundPages.ReadPolicy)).Succeeded)
        {
            return Content("");
        }

        var rows = await db.RefundApplications.AsNoTracking().Where(a => a.TerminationAgreementId == agreementId).OrderByDescending(a => a.CreatedAt)
            .Select(a => new Row(a.Id, a.Number, a.Lines.Sum(l => l.AmountFen), a.Status)).ToListAsync(ct);
        var canCreate = agreement.Status is AgreementStatus.Signed or AgreementStatus.InReview or AgreementStatus.Effective
            && (await authorization.AuthorizeAsync(UserClaimsPrincipal, RefundPages.WritePolicy)).Succeeded;
        return View(new Model(agreement.Id, agreement.ContractId, canCreate, rows));
    }

    public sealed record Row(Guid Id, string Number, long TotalFen, RefundApplicationStatus Status);

    public sealed record Model(Guid AgreementId, Guid ContractId, bool CanCreate, IReadOnlyList<Row> Rows);
}
