using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.AccessScopes;

public static class AccessScopeSetup
{
    /// <summary>Staff access cached per generation in the distributed cache (Redis in production), and the
    /// interceptor that starts a new generation on every change it depends on.</summary>
    public static IServiceCollection AddAccessScopeCache(this IServiceCollection services)
    {
        services.AddSingleton<AccessGeneration>();
        services.AddScoped<StaffAccessCache>();
        services.AddScoped<AccessChangeInterceptor>();
        return services;
    }
}
