using CellCrm.Domain.Files;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Files;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CellCrm.Infrastructure.RealName;

public static class RealNameSetup
{
    /// <summary>Real-name verification with the sandbox SMS and face providers unless real ones are registered first.</summary>
    public static IServiceCollection AddRealName(this IServiceCollection services)
    {
        services.TryAddSingleton<IFileStore, LocalDiskFileStore>();
        services.TryAddScoped<ISmsSender, SandboxSmsSender>();
        services.TryAddScoped<IFaceVerifier, SandboxFaceVerifier>();
        services.TryAddScoped<IRealNameNotifier, DbRealNameNotifier>();
        services.AddScoped<SmsCodeService>();
        services.AddScoped<RealNameService>();
        return services;
    }
}
