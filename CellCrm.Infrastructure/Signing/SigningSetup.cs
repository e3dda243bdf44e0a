using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Signing;

public static class SigningSetup
{
    /// <summary>The signing pipeline and the contract as its first subject; other subjects add their handler with
    /// <see cref="AddSigningSubject{THandler}"/>.</summary>
    public static IServiceCollection AddSigning(this IServiceCollection services)
    {
        services.AddScoped<SigningHandlers>();
        services.AddScoped<SigningFiles>();
        services.AddScoped<SigningPushService>();
        services.AddScoped<DocumentSigningService>();
        services.AddScoped<SigningQueries>();
        services.AddScoped<SigningVoids>();
        return services.AddSigningSubject<ContractSigningHandler>();
    }

    public static IServiceCollection AddSigningSubject<THandler>(this IServiceCollection services)
        where THandler : class, ISigningSubjectHandler =>
        services.AddScoped<ISigningSubjectHandler, THandler>();
}
