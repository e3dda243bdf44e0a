using CellCrm.Domain.Organization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CellCrm.BackOffice.Services.Tasks;

public static class TaskServices
{
    /// <summary>批量推送: staff who own or look after customers.</summary>
    public const string BulkPushPolicy = "BulkPush";

    /// <summary>沙箱消息: administrators and advisors (who try the portal flows with demo customers).</summary>
    public const string SandboxPolicy = "SandboxMessages";

    /// <summary>The services and page authorization behind pushing tasks, bulk push and the sandbox outbox.</summary>
    public static IServiceCollection AddTaskPages(this IServiceCollection services)
    {
        services.AddScoped<CustomerTasksQuery>();
        services.AddAuthorizationBuilder()
            .AddPolicy(BulkPushPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Advisor, StaffRoles.TeamLeader,
                StaffRoles.RegionalManager, StaffRoles.DivisionLeader, StaffRoles.CustomerService))
            .AddPolicy(SandboxPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Advisor));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Tasks/BulkPush", BulkPushPolicy);
            o.Conventions.AuthorizeFolder("/Sandbox", SandboxPolicy);
        });
        return services;
    }
}
