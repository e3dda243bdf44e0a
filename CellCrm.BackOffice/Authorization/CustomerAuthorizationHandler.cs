using CellCrm.BackOffice.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CellCrm.BackOffice.Authorization;

/// <summary>Data scope per record: own (and shared) customers for advisors, the department subtree for leaders,
/// everything for central roles. The same rule as the list filter, so a URL cannot reach what a list hides.</summary>
public sealed class CustomerAuthorizationHandler(ICurrentStaff staff)
    : AuthorizationHandler<OperationAuthorizationRequirement, CustomerRecord>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CustomerRecord resource)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var scope = await staff.GetScopeAsync();
        if (scope.Covers(resource.Id, resource.OwnerId, resource.DepartmentId))
        {
            context.Succeed(requirement);
        }
    }
}
