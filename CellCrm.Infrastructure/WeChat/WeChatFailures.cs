using System.Text.Json;
using Polly;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.WeChat;

public static class WeChatFailures
{
    /// <summary>WeChat (or Redis, which holds the shared token) could not be reached or answered nonsense: worth
    /// trying again later. A cancellation the caller asked for is not one of these.</summary>
    public static bool IsNetwork(Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException => !ct.IsCancellationRequested,
        HttpRequestException or TimeoutException or ExecutionRejectedException or JsonException or RedisException => true,
        _ => false,
    };
}
