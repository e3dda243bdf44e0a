using CellCrm.Portal.Demands;

namespace CellCrm.Portal.Services.Demands;

public static class PortalDemandServices
{
    public static IServiceCollection AddPortalDemands(this IServiceCollection services) => services.AddScoped<PortalDemands>();

    /// <summary>The report upload and the file endpoint (outside Razor Pages, so nothing buffers the request body).</summary>
    public static IEndpointRouteBuilder MapPortalDemands(this IEndpointRouteBuilder app)
    {
        app.MapReportUpload();
        app.MapPortalFiles();
        return app;
    }
}
