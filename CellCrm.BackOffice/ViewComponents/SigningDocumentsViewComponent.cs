using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Signing;
using CellCrm.Infrastructure.Signing;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.ViewComponents;

/// <summary>电子签署 on the contract page (the page has already checked the viewer may see the contract): its
/// documents with status, signing time, the signed copy, every evidence record, and 生成并推送签署 for an
/// electronic contract waiting for its signature.</summary>
public sealed class SigningDocumentsViewComponent(SigningQueries queries, ICurrentStaff staff) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contract contract)
    {
        if (contract.OrderType != ContractOrderType.Electronic)
        {
            return Content("");
        }

        var documents = await queries.ForSubjectAsync(new SigningSubject(nameof(Contract), contract.Id), HttpContext.RequestAborted);
        var canPush = contract.Status == ContractStatus.PendingSignature && staff.IsSales();
        return View(new SigningDocumentsView(contract.Id, documents, canPush));
    }
}

public sealed record SigningDocumentsView(Guid ContractId, IReadOnlyList<SignableDocument> Documents, bool CanPush);
