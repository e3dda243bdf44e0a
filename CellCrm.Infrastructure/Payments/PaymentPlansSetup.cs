using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Payments;

public static class PaymentPlansSetup
{
    /// <summary>回款计划 and the per-contract lock that keeps 发起收款 within the outstanding.</summary>
    public static IServiceCollection AddPaymentPlans(this IServiceCollection services)
    {
        services.AddScoped<ContractCollectionLock>();
        services.AddScoped<PaymentPlanService>();
        return services;
    }
}
