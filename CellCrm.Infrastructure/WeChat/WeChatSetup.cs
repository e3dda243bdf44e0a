using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CellCrm.Infrastructure.WeChat;

public static class WeChatSetup
{
    /// <summary>The Official Account client. <see cref="ITemplateMessageSender"/> is registered only when the account
    /// is configured (<see cref="WeChatOptions.IsConfigured"/>); otherwise the sandbox stands in.</summary>
    public static IServiceCollection AddWeChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.AppId) == string.IsNullOrWhiteSpace(o.AppSecret),
                "WeChat:AppId and WeChat:AppSecret are set together.")
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _) && Uri.TryCreate(o.OpenBaseUrl, UriKind.Absolute, out _),
                "WeChat:BaseUrl and WeChat:OpenBaseUrl are absolute URLs.")
            .Validate(o => o.Templates.Values.All(t => !string.IsNullOrWhiteSpace(t.TemplateId)),
                "Every WeChat:Templates entry has a TemplateId.")
            .ValidateOnStart();
        services.AddCellCrmDistributedLock(configuration);

        services.AddHttpClient<WeChatApiClient>((sp, http) =>
            {
                http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<WeChatOptions>>().Value.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd("CellCrm/1.0");
            })
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(300);
                // Only GETs that may safely run twice are retried; a POST (template send, stable_token) or a
                // single-use code exchange may already have had its effect.
                o.Retry.ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) &&
                    args.Context.GetRequestMessage() is { } request &&
                    request.Method == HttpMethod.Get &&
                    !(request.Options.TryGetValue(WeChatApiClient.NoRetry, out var noRetry) && noRetry));
            });

        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<SharedCredentialCache>();
        services.AddTransient<WeChatAccessTokens>();
        services.AddTransient<WeChatJsApiTickets>();
        services.AddTransient<JsSdkSigner>();
        services.AddTransient<IWeChatOAuth, WeChatOAuth>();
        services.AddTransient<WeChatTemplateMessageSender>();

        if (IsConfigured(configuration))
        {
            services.AddTransient<ITemplateMessageSender>(sp => sp.GetRequiredService<WeChatTemplateMessageSender>());
        }

        return services;
    }

    /// <summary>Whether the Official Account is configured (<see cref="WeChatOptions.IsConfigured"/>), for choices made
    /// while registering services: the template sender, the sandbox sign-in and sandbox senders otherwise.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        (configuration.GetSection(WeChatOptions.Section).Get<WeChatOptions>() ?? new WeChatOptions()).IsConfigured;
}
