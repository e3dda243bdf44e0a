using CellCrm.Infrastructure.Redis;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CellCrm.Infrastructure.Tests.WeChat;

/// <summary>One app node's WeChat services: its own DI container and Redis connection, on the real Redis that
/// scripts/test.sh starts, talking to the fake WeChat server. Two nodes with the same prefix are two instances of
/// one installation.</summary>
public sealed class WeChatNode : IAsyncDisposable
{
    public const string ExamReminder = "ExamReminder";
    public const string ExamTemplateId = "tmpl-exam-0001";

    private readonly ServiceProvider _services;

    public WeChatNode(FakeWeChatServer weChat, string redisPrefix, bool useRedis = true)
        : this(weChat.BaseUrl, redisPrefix, useRedis)
    {
    }

    public WeChatNode(string weChatBaseUrl, string redisPrefix, bool useRedis = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:InstanceName"] = redisPrefix,
            ["WeChat:AppId"] = FakeWeChatServer.AppId,
            ["WeChat:AppSecret"] = FakeWeChatServer.AppSecret,
            ["WeChat:BaseUrl"] = weChatBaseUrl,
            ["WeChat:OpenBaseUrl"] = "https://open.weixin.qq.com",
            [$"WeChat:Templates:{ExamReminder}:TemplateId"] = ExamTemplateId,
            [$"WeChat:Templates:{ExamReminder}:Fields:Title"] = "thing1",
            [$"WeChat:Templates:{ExamReminder}:Fields:Due"] = "time2",
            ["DataProtection:KeysPath"] = Path.Combine(Path.GetTempPath(), "cellcrm-test-keys"),
        };
        if (useRedis)
        {
            settings["ConnectionStrings:Redis"] = TestServers.Redis;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCellCrmRedis(configuration, AppContext.BaseDirectory);
        services.AddWeChat(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static string NewPrefix() => "cellcrm-test:wechat-" + Guid.NewGuid().ToString("N")[..8] + ":";

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        var redis = _services.GetService<IConnectionMultiplexer>();
        await _services.DisposeAsync();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}
