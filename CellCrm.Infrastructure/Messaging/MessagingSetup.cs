using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Jobs;
using CellCrm.Infrastructure.Messaging.Sandbox;
using CellCrm.Infrastructure.Tasks;
using CellCrm.Infrastructure.WeChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Messaging;

public static class MessagingSetup
{
    /// <summary>Whether messages go to the sandbox (no WeChat app or SMS provider configured).</summary>
    public static bool IsTemplateSandbox(IConfiguration configuration) => !WeChatSetup.IsConfigured(configuration);

    public static bool IsSmsSandbox(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["Sms:Provider"]);

    /// <summary>Customer tasks, the outbox and its delivery jobs, and the sandbox senders when WeChat/SMS are not
    /// configured (the real clients register themselves when they are).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        if (IsTemplateSandbox(configuration))
        {
            services.AddSingleton<ITemplateMessageSender, SandboxTemplateMessageSender>();
        }

        if (IsSmsSandbox(configuration))
        {
            services.AddSingleton<ISmsSender, SandboxSmsSender>();
        }

        services.AddScoped<IOutboxSignal, HangfireOutboxSignal>();
        services.AddScoped<OutboxClaims>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxDeliveryJob>();
        services.AddScoped<TaskPusher>();
        services.AddScoped<BulkPushJob>();

        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (runJobs && jobs.RunServer)
        {
            services.AddHostedService<OutboxRecurringJobs>();
        }

        return services;
    }
}
