using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Services.Refunds;

/// <summary>Who uses the refund pages: sales staff create applications on contracts in their scope and deal with the
/// account; finance pays approved ones out; customer service and admins read. Every page also checks the
/// application's contract against the staff member's data scope.</summary>
public static class RefundPages
{
    public const string ReadPolicy = "RefundRead";
    public const string WritePolicy = "RefundWrite";
    public const string PayoutPolicy = "RefundPayout";

    public static IServiceCollection AddRefundPages(this IServiceCollection services)
    {
        services.AddScoped<RefundAccess>();
        services.AddScoped<RefundApprovalSubjects>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole([.. ContractPagesSetup.SalesRoles, StaffRoles.Finance, StaffRoles.CustomerService, StaffRoles.Admin]))
            .AddPolicy(WritePolicy, p => p.RequireRole(ContractPagesSetup.SalesRoles))
            .AddPolicy(PayoutPolicy, p => p.RequireRole(StaffRoles.Finance));
        return services;
    }
}
