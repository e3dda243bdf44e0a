using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Pages.Signing;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Agreements;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Signing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.BackOffice.Pages.Contracts.Agreements;

/// <summary>The supplementary agreement's 电子签署 actions; access follows the agreement's contract.</summary>
public class SigningModel(SigningPushService push, SigningQueries documents, SigningFiles files, CellCrmDbContext db, ContractAccess access,
    ICurrentStaff staff) : SigningActionsModel(push, documents, files, staff)
{
    protected override string SubjectType => nameof(SupplementaryAgreement);

    protected override async Task<IActionResult?> RefusalAsync(Guid id, CancellationToken ct)
    {
        var contractId = await db.SupplementaryAgreements.Where(a => a.Id == id).Select(a => (Guid?)a.ContractId).SingleOrDefaultAsync(ct);
        return contractId is null ? NotFound() : this.Refusal(await access.CheckAsync(contractId.Value, ct));
    }

    protected override IActionResult BackTo(Guid id, string? fragment = null) => RedirectToPage("Details", null, new { id }, fragment);
}
