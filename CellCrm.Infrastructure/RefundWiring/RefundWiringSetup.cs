using CellCrm.Infrastructure.Refunds;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.RefundWiring;

public static class RefundWiringSetup
{
    /// <summary>Connects refunds with the areas built beside them: split reversal on a refunded line.</summary>
    public static IServiceCollection AddRefundWiring(this IServiceCollection services)
    {
        services.AddScoped<IRefundPaidListener, SplitReversalOnRefund>();
        return services;
    }
}
