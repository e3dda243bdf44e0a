using CellCrm.Domain.Approvals;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Contracts;

public static class ContractsSetup
{
    /// <summary>Contracts, market policies and discount applications, with their approval outcomes.</summary>
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddScoped<MarketPolicyService>();
        services.AddScoped<DiscountApplicationService>();
        services.AddScoped<DiscountProofService>();
        services.AddScoped<ContractService>();
        services.AddScoped<IApprovalOutcomeHandler, DiscountApplicationOutcomeHandler>();
        services.AddScoped<IApprovalOutcomeHandler, ContractReviewOutcomeHandler>();
        return services;
    }
}
