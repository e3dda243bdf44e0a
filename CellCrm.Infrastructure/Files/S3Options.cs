namespace CellCrm.Infrastructure.Files;

/// <summary>An S3-compatible object store (AWS S3, MinIO, Aliyun OSS, Tencent COS …), used when
/// <c>Files:Provider</c> is <c>S3</c>. Keys go to user-secrets or environment variables.</summary>
public sealed class S3Options
{
    /// <summary>The endpoint, e.g. https://oss-cn-shenzhen.aliyuncs.com or http://minio:9000.</summary>
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "us-east-1";

    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Address buckets as a path (http://host/bucket/key), as MinIO and most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
