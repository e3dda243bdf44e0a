using CellCrm.Domain.Approvals;
using CellCrm.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Refunds;

public static class RefundsSetup
{
    /// <summary>Refund applications, their approval outcome, payout, settlement of WeChat Pay's reports and the query job.</summary>
    public static IServiceCollection AddRefunds(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        services.AddScoped<RefundSources>();
        services.AddScoped<RefundApplicationService>();
        services.AddScoped<RefundSettlement>();
        services.AddScoped<RefundPayout>();
        services.AddScoped<RefundQueryJob>();
        services.AddScoped<IApprovalOutcomeHandler, RefundApplicationOutcomeHandler>();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (runJobs && jobs.RunServer)
        {
            services.AddHostedService<RefundRecurringJobs>();
        }

        return services;
    }
}
