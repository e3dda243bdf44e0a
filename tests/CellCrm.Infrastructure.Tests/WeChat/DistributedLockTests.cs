using CellCrm.Infrastructure.Redis;
using CellCrm.Testing.Fakes.WeChat;

namespace CellCrm.Infrastructure.Tests.WeChat;

/// <summary>The lock on Redis (shared by nodes) and the embedded in-process lock behave alike.</summary>
public sealed class DistributedLockTests : IAsyncLifetime
{
    private readonly string _prefix = WeChatNode.NewPrefix();
    private FakeWeChatServer _weChat = null!;

    public async ValueTask InitializeAsync() => _weChat = await FakeWeChatServer.StartAsync();

    public async ValueTask DisposeAsync() => await _weChat.DisposeAsync();

    [Fact]
    public async Task Registration_UsesRedis_WhenConfigured_AndTheProcess_Otherwise()
    {
        await using var withRedis = new WeChatNode(_weChat, _prefix);
        await using var embedded = new WeChatNode(_weChat, _prefix, useRedis: false);

        Assert.IsType<RedisDistributedLock>(withRedis.Get<IDistributedLock>());
        Assert.IsType<InProcessDistributedLock>(embedded.Get<IDistributedLock>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TryAcquire_WhileHeld_FailsUntilReleased(bool redis)
    {
        await using var nodeA = new WeChatNode(_weChat, _prefix, redis);
        var locks = nodeA.Get<IDistributedLock>();
        // On Redis a second node competes; in process the same lock object is the only one.
        await using var nodeB = new WeChatNode(_weChat, _prefix, redis);
        var other = redis ? nodeB.Get<IDistributedLock>() : locks;

        var held = await locks.TryAcquireAsync("l1", TimeSpan.FromSeconds(30), TimeSpan.Zero, CancellationToken.None);
        var competing = await other.TryAcquireAsync("l1", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200), CancellationToken.None);
        var otherName = await other.TryAcquireAsync("l2", TimeSpan.FromSeconds(30), TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(competing);
        Assert.NotNull(otherName);

        await held.DisposeAsync();
        var afterRelease = await other.TryAcquireAsync("l1", TimeSpan.FromSeconds(30), TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(afterRelease);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TryAcquire_WaitsForTheHolderToRelease(bool redis)
    {
        await using var node = new WeChatNode(_weChat, _prefix, redis);
        var locks = node.Get<IDistributedLock>();
        var held = await locks.TryAcquireAsync("w", TimeSpan.FromSeconds(30), TimeSpan.Zero, CancellationToken.None);

        var waiting = locks.TryAcquireAsync("w", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), CancellationToken.None);
        await Task.Delay(150);
        Assert.False(waiting.IsCompleted);
        await held!.DisposeAsync();

        Assert.NotNull(await waiting);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Release_AfterExpiry_DoesNotFreeTheNextHoldersLock(bool redis)
    {
        await using var node = new WeChatNode(_weChat, _prefix, redis);
        var locks = node.Get<IDistributedLock>();

        var expired = await locks.TryAcquireAsync("e", TimeSpan.FromMilliseconds(200), TimeSpan.Zero, CancellationToken.None);
        var next = await locks.TryAcquireAsync("e", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2), CancellationToken.None);
        Assert.NotNull(expired);
        Assert.NotNull(next);

        await expired.DisposeAsync();

        Assert.Null(await locks.TryAcquireAsync("e", TimeSpan.FromSeconds(30), TimeSpan.Zero, CancellationToken.None));
    }
}
