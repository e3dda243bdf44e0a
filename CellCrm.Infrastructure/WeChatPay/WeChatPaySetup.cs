using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.WeChatPay.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CellCrm.Infrastructure.WeChatPay;

public static class WeChatPaySetup
{
    /// <summary>WeChat Pay behind <see cref="IPaymentGateway"/>: the API v3 client when <c>WeChatPay:MchId</c> is set,
    /// otherwise the sandbox (embedded default) with its notify builder.</summary>
    public static IServiceCollection AddWeChatPay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeChatPayOptions>().BindConfiguration(WeChatPayOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatPayOptions>, WeChatPayOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        var options = configuration.GetSection(WeChatPayOptions.Section).Get<WeChatPayOptions>() ?? new WeChatPayOptions();
        if (!options.IsConfigured)
        {
            services.AddSingleton(_ => new SandboxWeChatPay(options.AppId, options.SandboxPath));
            services.AddSingleton<SandboxNotifyBuilder>();
            services.AddSingleton<IPaymentGateway, SandboxPaymentGateway>();
            return services;
        }

        services.AddSingleton(sp => WeChatPayCredentials.FromOptions(sp.GetRequiredService<IOptions<WeChatPayOptions>>().Value));
        services.AddSingleton<WeChatPaySigner>();
        services.AddSingleton<WeChatPayVerifier>();
        services.AddSingleton<WeChatPayNotifyParser>();
        services.AddHttpClient<IPaymentGateway, WeChatPayClient>((sp, http) =>
            {
                http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<WeChatPayOptions>>().Value.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd("CellCrm/1.0");
            })
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = options.AttemptTimeout;
                o.TotalRequestTimeout.Timeout = options.AttemptTimeout * 3 + options.RetryDelay * 4;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, options.AttemptTimeout.Ticks * 2));
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = options.RetryDelay;
                o.Retry.UseJitter = false;
                // Only queries (GET) are retried. Placing an order, closing it or requesting a refund may already
                // have taken effect when the answer was lost: the caller queries before doing it again.
                o.Retry.ShouldHandle = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method == HttpMethod.Get &&
                    HttpClientResiliencePredicates.IsTransient(args.Outcome));
            });
        return services;
    }
}
