using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Invoices;

public static class InvoicesSetup
{
    /// <summary>开票申请.</summary>
    public static IServiceCollection AddInvoices(this IServiceCollection services)
    {
        services.AddScoped<InvoiceApplicationService>();
        return services;
    }
}
