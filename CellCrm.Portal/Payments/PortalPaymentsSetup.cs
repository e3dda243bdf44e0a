namespace CellCrm.Portal.Payments;

public static class PortalPaymentsSetup
{
    /// <summary>The payment pages' services and the sandbox's notify sender.</summary>
    public static IServiceCollection AddPortalPayments(this IServiceCollection services)
    {
        services.AddHttpClient(SandboxNotifySender.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<SandboxNotifySender>();
        services.AddScoped<PortalPaymentQuery>();
        return services;
    }
}
