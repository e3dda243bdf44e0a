using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Agreements;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Signing;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>电子签署 on a subject's page (a contract, a supplementary agreement; the page has already checked the
/// viewer may see it): its documents with status, signing time, the signed copy, every evidence record, and
/// 生成并推送签署 while the subject waits for its electronic signature. Actions post to the subject's signing page.</summary>
public sealed class SigningDocumentsViewComponent(SigningQueries queries, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(SigningPanel panel)
    {
        if (!panel.Electronic)
        {
            return Content("");
        }

        var documents = await queries.ForSubjectAsync(panel.Subject, HttpContext.RequestAborted);
        return View(new SigningDocumentsView(panel, documents, panel.AwaitsSignature && staff.IsSales()));
    }
}

/// <summary>What the 电子签署 panel shows for one subject: its documents (when it is signed electronically), where
/// its signing actions live (<see cref="Actions"/>, e.g. /Contracts/Signing/{id}) and whether a push is open now.</summary>
public sealed record SigningPanel(SigningSubject Subject, string Actions, bool Electronic, bool AwaitsSignature, string TemplateName)
{
    public static SigningPanel For(Contract c) => new(new SigningSubject(nameof(Contract), c.Id), $"/Contracts/Signing/{c.Id}",
        c.OrderType == ContractOrderType.Electronic, c.Status == ContractStatus.PendingSignature, "合同模板");

    public static SigningPanel For(SupplementaryAgreement a) => new(new SigningSubject(nameof(SupplementaryAgreement), a.Id),
        $"/Contracts/Agreements/Signing/{a.Id}", a.Signing == AgreementSigning.Electronic, a.Status == AgreementStatus.PendingSignature,
        $"{AgreementLabels.Of(a.Type)}模板");
}

public sealed record SigningDocumentsView(SigningPanel Panel, IReadOnlyList<SignableDocument> Documents, bool CanPush);
