using CellCrm.Domain.Files;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Files;

namespace CellCrm.BackOffice.Pages.DiscountApplications;

/// <summary>证明材料 from a form: checked all together before anything is stored, then stored one by one.</summary>
internal static class ProofUploads
{
    public static async Task<IReadOnlyList<string>> RefusalsAsync(DiscountProofService proofs, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var errors = new List<string>();
        if (files.Count > DiscountProofService.MaxFiles)
        {
            errors.Add($"证明材料最多{DiscountProofService.MaxFiles}个文件");
        }

        foreach (var file in files)
        {
            var head = new byte[FileTypeDetector.HeadLength];
            await using var stream = file.OpenReadStream();
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            if (proofs.Refusal(file.FileName, file.Length, head.AsSpan(0, read)) is { } error)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    public static async Task<IReadOnlyList<string>> UploadAsync(DiscountProofService proofs, Guid applicationId, IReadOnlyList<IFormFile> files,
        Uploader uploader, CancellationToken ct)
    {
        var errors = new List<string>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var result = await proofs.UploadAsync(applicationId, stream, file.FileName, uploader, ct);
            if (!result.Succeeded)
            {
                errors.Add($"“{file.FileName}”：{result.Error}");
            }
        }

        return errors;
    }
}
