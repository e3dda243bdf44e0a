using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Services.Payments;

public static class PaymentPages
{
    /// <summary>线上收款: staff who collect from their customers (advisors and their leaders), finance and admins.</summary>
    public const string Policy = "Payments";

    /// <summary>The payment pages' policy (each page model names it) and their queries. Each page also checks the
    /// link's customer against the staff member's data scope.</summary>
    public static IServiceCollection AddPaymentPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Advisor,
            StaffRoles.TeamLeader, StaffRoles.RegionalManager, StaffRoles.DivisionLeader, StaffRoles.Finance));
        services.AddScoped<PaymentLinkAccess>();
        services.AddScoped<PaymentHistory>();
        return services;
    }
}
