using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CellCrm.BackOffice.Authorization;

/// <summary>What a staff member may do to one customer record; checked per record by
/// <see cref="CustomerAuthorizationHandler"/>.</summary>
public static class CustomerOperations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}
