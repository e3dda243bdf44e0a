using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Contracts;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CellCrm.BackOffice.Services.Contracts;

/// <summary>Who uses the contract pages (SPEC §1): sales staff create and edit contracts in their scope and apply
/// for discounts; customer service reviews signed contracts (in the approval inbox) and, with finance and admins,
/// reads every contract; admins manage market policies.</summary>
public static class ContractPagesSetup
{
    public const string ReadPolicy = "ContractRead";
    public const string WritePolicy = "ContractWrite";

    public static readonly string[] SalesRoles = [StaffRoles.Advisor, StaffRoles.TeamLeader, StaffRoles.RegionalManager, StaffRoles.DivisionLeader];

    public static IServiceCollection AddContractPages(this IServiceCollection services)
    {
        services.AddScoped<ContractAccess>();
        services.AddScoped<DiscountApplicationAccess>();
        // Needs the staff identity, which only the back office has (it runs `migrate --demo`).
        services.AddScoped<ContractDemoSeeder>();
        services.AddScoped<ContractApprovalSubjects>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole([.. SalesRoles, StaffRoles.CustomerService, StaffRoles.Finance, StaffRoles.Admin]))
            .AddPolicy(WritePolicy, p => p.RequireRole(SalesRoles));
        return services;
    }

    /// <summary>Called from the app's AddRazorPages options, beside the other folder rules.</summary>
    public static void AuthorizeContractPages(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Contracts", ReadPolicy);
        conventions.AuthorizePage("/Contracts/Create", WritePolicy);
        conventions.AuthorizePage("/Contracts/Edit", WritePolicy);
        conventions.AuthorizeFolder("/DiscountApplications", ReadPolicy);
        conventions.AuthorizePage("/DiscountApplications/Create", WritePolicy);
        conventions.AuthorizePage("/MarketPolicies/Edit", BackOfficeSetup.AdminPolicy);
    }

    public static bool IsSales(this ICurrentStaff staff) => SalesRoles.Any(staff.IsInRole);
}
