namespace CellCrm.Portal.Services.Tasks;

public static class PortalTaskServices
{
    public static IServiceCollection AddPortalTasks(this IServiceCollection services) => services
        .AddScoped<CustomerTaskBoard>()
        .AddScoped<PortalInbox>();
}
