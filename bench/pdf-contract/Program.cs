using System.Diagnostics;
using System.Globalization;
using CellCrm.Domain.Documents;
using CellCrm.Infrastructure.Pdf;
using CellCrm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PdfContractBench;

// Renders and signs a contract-sized document N times (after a warm-up) and prints p50/p99 for rendering alone
// (the floor) and for rendering + signing, with the signed PDF's size. Usage: PdfContractBench [N] [sample.pdf]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var samplePath = args.Length > 1 ? args[1] : null;
var contentRoot = Directory.CreateTempSubdirectory("cellcrm-bench-").FullName;
var configuration = new ConfigurationBuilder().Build();
using var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton(TimeProvider.System)
    .AddPdf(configuration, contentRoot)
    .BuildServiceProvider();
var renderer = services.GetRequiredService<IDocumentRenderer>();
var signer = services.GetRequiredService<IPdfSigner>();
var contract = ContractSample.Create();
// The size a phone's signing canvas sends.
var signature = SignaturePngs.Stroke(600, 200);

RenderedPdf Render() => renderer.Render(contract, [new SignatureStamp("customer", signature, "张三丰", DateTimeOffset.UtcNow)]);

var first = Stopwatch.StartNew();
var cold = await signer.SignAsync(Render().Bytes, "细胞存储服务合同 签署", CancellationToken.None);
first.Stop();
for (var i = 0; i < 10; i++)
{
    await signer.SignAsync(Render().Bytes, "warm-up", CancellationToken.None);
}

var renderOnly = new List<double>();
var renderAndSign = new List<double>();
RenderedPdf rendered = Render();
SignedPdf signed = cold;
for (var i = 0; i < iterations; i++)
{
    var watch = Stopwatch.StartNew();
    rendered = Render();
    renderOnly.Add(watch.Elapsed.TotalMilliseconds);

    watch.Restart();
    signed = await signer.SignAsync(Render().Bytes, "细胞存储服务合同 签署", CancellationToken.None);
    renderAndSign.Add(watch.Elapsed.TotalMilliseconds);
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

Console.WriteLine($"pdf-contract: {iterations} iterations, {rendered.PageCount} pages, Release, warm (first document in process {first.Elapsed.TotalMilliseconds:F0} ms)");
Console.WriteLine($"render only (floor):  p50 {Percentile(renderOnly, 0.5),7:F1} ms   p99 {Percentile(renderOnly, 0.99),7:F1} ms   size {rendered.Bytes.Length / 1024.0,6:F1} KB");
Console.WriteLine($"render + sign:        p50 {Percentile(renderAndSign, 0.5),7:F1} ms   p99 {Percentile(renderAndSign, 0.99),7:F1} ms   size {signed.Bytes.Length / 1024.0,6:F1} KB");
if (samplePath is not null)
{
    await File.WriteAllBytesAsync(samplePath, signed.Bytes);
    Console.WriteLine($"signed sample: {samplePath}");
}

Directory.Delete(contentRoot, recursive: true);
