namespace CellCrm.Portal.Contracts;

public static class PortalContractsSetup
{
    /// <summary>我的合同's query (the receivables and plan services come with the infrastructure's payments).</summary>
    public static IServiceCollection AddPortalContracts(this IServiceCollection services)
    {
        services.AddScoped<PortalContractQuery>();
        return services;
    }
}
