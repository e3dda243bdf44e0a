using CellCrm.BackOffice.Services;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
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
        var allowed = resource.Status switch
        {
            // A pool customer has no owner: every staff member may look (seed 002 §2.4 "查看"); changes go through
            // the pool's claim and assign actions.
            CustomerStatus.InPool => requirement == CustomerOperations.View,
            // In the recycle bin only the one who deleted it (or an administrator) sees it, read-only.
            CustomerStatus.Recycled => requirement == CustomerOperations.View
                && (resource.RecycledById == staff.Id || staff.IsInRole(StaffRoles.Admin)),
            CustomerStatus.Active => scope.Covers(resource.Id, resource.OwnerId, resource.DepartmentId),
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
