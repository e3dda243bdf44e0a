using CellCrm.Domain.Documents;
using CellCrm.Infrastructure.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Pdf;

/// <summary>The renderer and signer as the apps register them (<see cref="PdfSetup.AddPdf"/>), with a content
/// root of their own so the generated company certificate lands in a temporary folder.</summary>
public sealed class PdfFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public PdfFixture()
    {
        ContentRoot = Directory.CreateTempSubdirectory("cellcrm-pdf-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:CompanyName"] = "测试细胞科技有限公司" })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddPdf(configuration, ContentRoot)
            .BuildServiceProvider();
    }

    public string ContentRoot { get; }

    public IDocumentRenderer Renderer => _services.GetRequiredService<IDocumentRenderer>();

    public IPdfSigner Signer => _services.GetRequiredService<IPdfSigner>();

    public CompanyCertificate Certificate => _services.GetRequiredService<CompanyCertificate>();

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(ContentRoot, recursive: true);
    }
}
