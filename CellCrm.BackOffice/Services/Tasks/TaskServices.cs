using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Services.Tasks;

public static class TaskServices
{
    /// <summary>批量推送: staff who own or look after customers.</summary>
    public const string BulkPushPolicy = "BulkPush";

    /// <summary>沙箱消息: administrators and advisors (who try the portal flows with demo customers).</summary>
    public const string SandboxPolicy = "SandboxMessages";

    /// <summary>The services and policies behind pushing tasks, bulk push and the sandbox outbox (the pages name their policy).</summary>
    public static IServiceCollection AddTaskPages(this IServiceCollection services)
    {
        services.AddScoped<CustomerTasksQuery>();
        services.AddAuthorizationBuilder()
            .AddPolicy(BulkPushPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Advisor, StaffRoles.TeamLeader,
                StaffRoles.RegionalManager, StaffRoles.DivisionLeader, StaffRoles.CustomerService))
            .AddPolicy(SandboxPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Advisor));
        return services;
    }
}
