using System.Diagnostics;
using System.Globalization;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Signing.Templates;
using CellCrm.Infrastructure.Pdf;
using CellCrm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Generates a contract from the contract template (fill the data record, build the model) and signs it as the
// portal does (handwriting in its field, company seal, PAdES signature) N times after a warm-up; prints p50/p99 and
// the signed PDF's size, with rendering the unsigned document alone (what 生成 does) as the floor in the same run.
// Usage: ContractSignBench [N] [sample.pdf]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
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
var template = SigningTemplates.ForContract(ContractBusinessType.NewbornStemCell);
var json = template.Write(new ContractSigningData("7551202611000001", "新生儿干细胞", "张三丰", "居民身份证 320***********4880", "186****5678",
    "深圳市第一人民医院 / 产科", "深圳市", "电子储存证", true, "开放日政策",
    [
        new("SC-UC-TBF 脐带间充质干细胞存储（20年）", 1, 38_000_00, 38_000_00, 34_200_00),
        new("SC-CB-20 脐血造血干细胞存储（20年）", 1, 22_000_00, 22_000_00, 19_800_00),
        new("SC-PL-20 胎盘干细胞存储（20年）", 1, 18_000_00, 18_000_00, 18_000_00),
        new("LAB-PREP 细胞检测与制备费", 1, 6_800_00, 6_800_00, 6_800_00),
    ], 84_800_00, 78_800_00));
// The size a phone's signing canvas sends.
var signature = SignaturePngs.Stroke(600, 200);

RenderedPdf Unsigned() => renderer.Render(template.Build(json) with { SealFieldName = null }, []);

async Task<SignedPdf> GenerateAndSign() =>
    await signer.SignAsync(renderer.Render(template.Build(json), [new SignatureStamp(SignatureFields.Customer, signature, "张三丰", DateTimeOffset.UtcNow)]).Bytes,
        "新生儿干细胞存储服务合同 签署", CancellationToken.None);

var first = Stopwatch.StartNew();
var signed = await GenerateAndSign();
first.Stop();
for (var i = 0; i < 10; i++)
{
    Unsigned();
    await GenerateAndSign();
}

var floor = new List<double>();
var full = new List<double>();
var unsigned = Unsigned();
for (var i = 0; i < iterations; i++)
{
    var watch = Stopwatch.StartNew();
    unsigned = Unsigned();
    floor.Add(watch.Elapsed.TotalMilliseconds);

    watch.Restart();
    signed = await GenerateAndSign();
    full.Add(watch.Elapsed.TotalMilliseconds);
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

Console.WriteLine($"contract-sign: template {template.Code} v{template.Version}, {iterations} iterations, {unsigned.PageCount} pages, Release, warm (first document in process {first.Elapsed.TotalMilliseconds:F0} ms)");
Console.WriteLine($"render unsigned (floor):     p50 {Percentile(floor, 0.5),7:F1} ms   p99 {Percentile(floor, 0.99),7:F1} ms   size {unsigned.Bytes.Length / 1024.0,6:F1} KB");
Console.WriteLine($"generate + sign (template):  p50 {Percentile(full, 0.5),7:F1} ms   p99 {Percentile(full, 0.99),7:F1} ms   size {signed.Bytes.Length / 1024.0,6:F1} KB");
var p50 = Percentile(full, 0.5);
var kb = signed.Bytes.Length / 1024.0;
Console.WriteLine($"targets p50 <= 40 ms: {(p50 <= 40 ? "met" : "NOT met")}; size <= 150 KB: {(kb <= 150 ? "met" : "NOT met")}");
if (samplePath is not null)
{
    await File.WriteAllBytesAsync(samplePath, signed.Bytes);
    Console.WriteLine($"signed sample: {samplePath}");
}

Directory.Delete(contentRoot, recursive: true);
