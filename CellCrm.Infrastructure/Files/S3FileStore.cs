using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CellCrm.Domain.Files;

namespace CellCrm.Infrastructure.Files;

/// <summary>Files in an S3-compatible bucket at generated keys. The upload is first spooled to a local temporary
/// file through the same limit-and-hash copy as the disk store (so a 101 MB upload is cut off at the limit and the
/// object store never sees it), then put as one object with its length known.</summary>
public sealed class S3FileStore(IAmazonS3 s3, string bucket, TimeProvider clock) : IFileStore, IFileExistence
{
    public static IAmazonS3 CreateClient(S3Options options)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            AuthenticationRegion = options.Region,
            ForcePathStyle = options.ForcePathStyle,
            // Many S3-compatible stores do not accept the trailing checksums newer SDKs send by default.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task<SavedFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        var key = LocalDiskFileStore.NewKey(clock.GetUtcNow());
        var temporary = Path.Combine(Path.GetTempPath(), "cellcrm-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var spool = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            var (length, sha256) = await LocalDiskFileStore.CopyWithinLimitAsync(content, spool, maxBytes, ct);
            spool.Position = 0;
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = spool,
                AutoCloseStream = false,
                UseChunkEncoding = false,
                ContentType = "application/octet-stream",
            }, ct);
            return new SavedFile(key, length, sha256);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken ct)
    {
        try
        {
            var response = await s3.GetObjectAsync(bucket, LocalDiskFileStore.CheckKey(key), ct);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException("文件不存在或已删除", key);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct) => s3.DeleteObjectAsync(bucket, LocalDiskFileStore.CheckKey(key), ct);

    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await s3.GetObjectMetadataAsync(bucket, LocalDiskFileStore.CheckKey(key), ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
