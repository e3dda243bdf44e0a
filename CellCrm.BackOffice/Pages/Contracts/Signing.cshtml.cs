using CellCrm.BackOffice.Pages.Customers;
using CellCrm.BackOffice.Pages.Signing;
using CellCrm.BackOffice.Services;
using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Signing;
using Microsoft.AspNetCore.Mvc;

namespace CellCrm.BackOffice.Pages.Contracts;

/// <summary>The contract's 电子签署 actions; access follows the contract's data scope.</summary>
public class SigningModel(SigningPushService push, SigningQueries documents, SigningFiles files, ContractAccess access, ICurrentStaff staff)
    : SigningActionsModel(push, documents, files, staff)
{
    protected override string SubjectType => nameof(Contract);

    protected override async Task<IActionResult?> RefusalAsync(Guid id, CancellationToken ct) => this.Refusal(await access.CheckAsync(id, ct));

    protected override IActionResult BackTo(Guid id, string? fragment = null) => RedirectToPage("Details", null, new { id }, fragment);
}
