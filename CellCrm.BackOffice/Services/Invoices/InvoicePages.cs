using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Organization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CellCrm.BackOffice.Services.Invoices;

/// <summary>开票申请 pages: sales staff apply on contracts in their scope, finance issues or rejects, customer service and admins read (as they read contracts).
/// Every page also checks the record against the data scope.</summary>
public static class InvoicePages
{
    public const string ReadPolicy = "InvoiceRead";
    public const string WritePolicy = "InvoiceWrite";

    public static IServiceCollection AddInvoicePages(this IServiceCollection services)
    {
        services.AddScoped<InvoiceAccess>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole([.. ContractPagesSetup.SalesRoles, StaffRoles.CustomerService, StaffRoles.Finance, StaffRoles.Admin]))
            .AddPolicy(WritePolicy, p => p.RequireRole(ContractPagesSetup.SalesRoles));
        return services;
    }

    /// <summary>Called from the app's AddRazorPages options, beside the other folder rules.</summary>
    public static void AuthorizeInvoicePages(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Invoices", ReadPolicy);
        conventions.AuthorizePage("/Invoices/Create", WritePolicy);
    }

    /// <summary>Only finance records or rejects invoices.</summary>
    public static bool IsFinance(this ICurrentStaff staff) => staff.IsInRole(StaffRoles.Finance);
}
