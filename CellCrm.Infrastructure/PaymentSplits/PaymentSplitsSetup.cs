using CellCrm.Domain.Approvals;
using CellCrm.Domain.PaymentSplits;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.PaymentSplits;

public static class PaymentSplitsSetup
{
    /// <summary>回款拆单 with its approval outcome, and online payments as splittable receipts (offline collections
    /// register their own <see cref="ISplitReceiptSource"/>).</summary>
    public static IServiceCollection AddPaymentSplits(this IServiceCollection services)
    {
        services.AddScoped<PaymentSplitService>();
        services.AddScoped<ISplitReceiptSource, OnlinePaymentReceipts>();
        services.AddScoped<IApprovalOutcomeHandler, PaymentSplitOutcomeHandler>();
        return services;
    }
}
