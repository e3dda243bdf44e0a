using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Pages.RealName;

public static class RealNameReviewSetup
{
    /// <summary>Manual identity review is customer service's work (SPEC §1); admins may step in.</summary>
    public const string Policy = "RealNameReview";

    public static IServiceCollection AddRealNameReview(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(StaffRoles.CustomerService, StaffRoles.Admin));
        return services;
    }
}
