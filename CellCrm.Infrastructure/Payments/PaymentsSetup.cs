using CellCrm.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Payments;

public static class PaymentsSetup
{
    /// <summary>Payment links, crediting, checkout and the reconciliation job (declared where jobs run).</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        services.AddSingleton<TransactionCreditGate>();
        services.AddScoped<PaymentCrediting>();
        services.AddScoped<PaymentAttemptSettler>();
        services.AddScoped<PaymentCheckout>();
        services.AddScoped<PaymentLinkService>();
        services.AddScoped<ContractReceivables>();
        services.AddPaymentPlans();
        services.AddScoped<PaymentReconciliationJob>();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (runJobs && jobs.RunServer)
        {
            services.AddHostedService<PaymentRecurringJobs>();
        }

        return services;
    }
}
