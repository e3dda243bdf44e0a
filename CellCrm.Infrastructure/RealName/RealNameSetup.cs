using CellCrm.Domain.RealName;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CellCrm.Infrastructure.RealName;

public static class RealNameSetup
{
    /// <summary>Real-name verification with the sandbox face provider unless a real one is registered first. The SMS
    /// sender (sandbox or provider) and the file store come from AddOutbox and AddFiles.</summary>
    public static IServiceCollection AddRealName(this IServiceCollection services)
    {
        services.TryAddScoped<IFaceVerifier, SandboxFaceVerifier>();
        services.TryAddScoped<IRealNameNotifier, DbRealNameNotifier>();
        services.AddScoped<SmsCodeService>();
        services.AddScoped<RealNameService>();
        return services;
    }
}
