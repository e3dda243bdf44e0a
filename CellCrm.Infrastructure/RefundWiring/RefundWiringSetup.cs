using CellCrm.Domain.PaymentSplits;
using CellCrm.Infrastructure.Refunds;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.RefundWiring;

public static class RefundWiringSetup
{
    /// <summary>Connects refunds with the areas built beside them: split reversal on a refunded line, offline
    /// collections as refund sources and as split receipts.</summary>
    public static IServiceCollection AddRefundWiring(this IServiceCollection services)
    {
        services.AddScoped<IRefundPaidListener, SplitReversalOnRefund>();
        services.AddScoped<IOfflineRefundSources, OfflineCollectionRefundSources>();
        services.AddScoped<ISplitReceiptSource, OfflineCollectionSplitReceipts>();
        return services;
    }
}
