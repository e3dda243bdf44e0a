namespace CellCrm.Testing;

/// <summary>A second app node (or the other app) on the same database and Redis as an existing factory,
/// as behind a load balancer.</summary>
public sealed class JoinedNode<TEntry>(string connectionString, string redisPrefix)
    : CellCrmAppFactory<TEntry>(connectionString, redisPrefix)
    where TEntry : class
{
    public static JoinedNode<TEntry> Of<TOther>(CellCrmAppFactory<TOther> first) where TOther : class =>
        new(first.ConnectionString, first.RedisPrefix);
}
