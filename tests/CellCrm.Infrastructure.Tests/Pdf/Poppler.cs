using System.Diagnostics;

namespace CellCrm.Infrastructure.Tests.Pdf;

/// <summary>Runs poppler-utils (pdftotext, pdfsig, pdfimages, pdfinfo; scripts/test.sh installs them) on a PDF.</summary>
public static class Poppler
{
    public static async Task<string> RunAsync(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), "cellcrm-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return await output + await error;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static Task<string> TextAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-layout", "-enc", "UTF-8", "{pdf}", "-");

    /// <summary>pdfsig exits 0 whether the signature is valid or not: callers read its text.</summary>
    public static Task<string> SignaturesAsync(byte[] pdf) => RunAsync("pdfsig", pdf, "{pdf}");

    public static Task<string> ImagesAsync(byte[] pdf) => RunAsync("pdfimages", pdf, "-list", "{pdf}");
}
