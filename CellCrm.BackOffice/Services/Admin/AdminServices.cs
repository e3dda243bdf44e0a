namespace CellCrm.BackOffice.Services.Admin;

public static class AdminServices
{
    /// <summary>The services behind Pages/Admin (staff, departments, roles, catalogue).</summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services) => services
        .AddScoped<AccountAudit>()
        .AddScoped<StaffAdministration>()
        .AddScoped<StaffListQuery>()
        .AddScoped<DepartmentAdministration>();
}
