namespace CellCrm.Portal.RealName;

public static class PortalRealNameSetup
{
    public static IServiceCollection AddPortalRealName(this IServiceCollection services)
    {
        services.AddScoped<RealNameFlow>();
        return services;
    }
}
