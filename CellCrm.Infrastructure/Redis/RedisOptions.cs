namespace CellCrm.Infrastructure.Redis;

/// <summary>Redis is used when <c>ConnectionStrings:Redis</c> is set; <see cref="InstanceName"/> prefixes every key.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    public string InstanceName { get; set; } = "cellcrm:";
}
