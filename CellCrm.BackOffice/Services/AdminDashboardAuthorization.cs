using CellCrm.Domain.Organization;
using Hangfire.Dashboard;

namespace CellCrm.BackOffice.Services;

/// <summary>The job dashboard (/jobs) is for administrators only.</summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(StaffRoles.Admin);
}
