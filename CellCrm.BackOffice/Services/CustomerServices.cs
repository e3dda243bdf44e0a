namespace CellCrm.BackOffice.Services;

public static class CustomerServices
{
    /// <summary>The services behind Pages/Customers.</summary>
    public static IServiceCollection AddCustomerPages(this IServiceCollection services) => services
        .AddScoped<CustomerAccess>()
        .AddScoped<CustomerListQuery>()
        .AddScoped<CustomerDetailsQuery>()
        .AddScoped<CustomerDuplicateCheck>()
        .AddScoped<CustomerWriter>()
        .AddScoped<FollowUpWriter>();
}
