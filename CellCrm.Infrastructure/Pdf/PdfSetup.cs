using CellCrm.Domain.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Pdf;

public static class PdfSetup
{
    /// <summary>The document renderer (Chinese fonts, seal) and the PAdES signer with the company certificate.</summary>
    public static IServiceCollection AddPdf(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<PdfOptions>().Bind(configuration.GetSection(PdfOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.CompanyName), "Pdf:CompanyName is required")
            .ValidateOnStart();
        services.AddSingleton(sp => new CompanyCertificate(sp.GetRequiredService<IOptions<PdfOptions>>(), contentRoot,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CompanyCertificate>>()));
        services.AddSingleton<IDocumentRenderer, PdfDocumentRenderer>();
        services.AddSingleton<IPdfSigner, PadesPdfSigner>();
        return services;
    }

    public static string FontDirectory(PdfOptions options) =>
        string.IsNullOrWhiteSpace(options.FontDirectory) ? Path.Combine(AppContext.BaseDirectory, "fonts") : options.FontDirectory;
}
