namespace CellCrm.BackOffice.Services.DemandReports;

public static class DemandReportServices
{
    public static IServiceCollection AddDemandReports(this IServiceCollection services) => services.AddScoped<DemandReportAccess>();

    /// <summary>代客户上传 and the file endpoint (outside Razor Pages, so nothing buffers the request body).</summary>
    public static IEndpointRouteBuilder MapDemandReports(this IEndpointRouteBuilder app)
    {
        app.MapStaffReportUpload();
        app.MapStaffFiles();
        return app;
    }
}
