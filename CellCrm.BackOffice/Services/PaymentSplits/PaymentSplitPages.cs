using CellCrm.Domain.Organization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CellCrm.BackOffice.Services.PaymentSplits;

/// <summary>回款拆单 pages: sales staff split receipts of customers in their scope (the regional manager approves in
/// 待我处理); finance and admins read them. Every page also checks the record against the data scope.</summary>
public static class PaymentSplitPages
{
    public const string ReadPolicy = "PaymentSplitRead";
    public const string WritePolicy = "PaymentSplitWrite";

    private static readonly string[] SalesRoles = [StaffRoles.Advisor, StaffRoles.TeamLeader, StaffRoles.RegionalManager, StaffRoles.DivisionLeader];

    public static IServiceCollection AddPaymentSplitPages(this IServiceCollection services)
    {
        services.AddScoped<PaymentSplitAccess>();
        services.AddScoped<PaymentSplitApprovalSubjects>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole([.. SalesRoles, StaffRoles.Finance, StaffRoles.Admin]))
            .AddPolicy(WritePolicy, p => p.RequireRole(SalesRoles));
        return services;
    }

    /// <summary>Called from the app's AddRazorPages options, beside the other folder rules.</summary>
    public static void AuthorizePaymentSplitPages(this PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/PaymentSplits", ReadPolicy);
        conventions.AuthorizePage("/PaymentSplits/Create", WritePolicy);
    }
}
