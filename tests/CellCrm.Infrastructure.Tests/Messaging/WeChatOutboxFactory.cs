using CellCrm.Domain.Messaging;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChat;
using CellCrm.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>The back office with its Official Account configured against a <see cref="FakeWeChatServer"/>: the outbox
/// sends through the real template-message client. Small batches and waves, so a test sees claims and 发送中 marks
/// smaller than the work; no job server (the tests drive the sweeps). <see cref="Crash"/> stands between the
/// outbox and the client to kill a delivery run the way a SIGKILL would.</summary>
public sealed class WeChatOutboxFactory : BackOfficeFactory
{
    public const int BatchSize = 10;
    public const int SendParallelism = 2;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public FakeWeChatServer WeChat { get; private set; } = null!;

    public RecordingSmsSender Sms { get; } = new();

    public CrashingTemplateSender Crash { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Jobs:RunServer"] = "false",
        ["WeChat:AppId"] = FakeWeChatServer.AppId,
        ["WeChat:AppSecret"] = FakeWeChatServer.AppSecret,
        ["WeChat:BaseUrl"] = WeChat.BaseUrl,
        [$"WeChat:Templates:{TemplateKeys.ServiceProgress}:TemplateId"] = "tmpl-progress-0001",
        [$"WeChat:Templates:{TemplateKeys.ServiceProgress}:Fields:{TemplateFields.Title}"] = "thing1",
        [$"WeChat:Templates:{TemplateKeys.ServiceProgress}:Fields:{TemplateFields.Type}"] = "thing2",
        ["Outbox:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:SendParallelism"] = SendParallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:Lease"] = Lease.ToString(),
        ["Outbox:PortalBaseUrl"] = "https://portal.test",
    };

    public override async ValueTask InitializeAsync()
    {
        WeChat = await FakeWeChatServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await WeChat.DisposeAsync();
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<ISmsSender>(Sms);
        services.AddTransient<ITemplateMessageSender>(sp =>
        {
            Crash.Inner = sp.GetRequiredService<WeChatTemplateMessageSender>();
            return Crash;
        });
    }

    /// <summary>Passes every send to the real client; once armed, the send numbered <see cref="CrashAfterSend"/>
    /// reaches WeChat and then the run dies (an exception no delivery code catches) before any answer is recorded.</summary>
    public sealed class CrashingTemplateSender : ITemplateMessageSender
    {
        private int _sends;

        public ITemplateMessageSender Inner { get; set; } = null!;

        public int CrashAfterSend { get; set; }

        public void Reset()
        {
            _sends = 0;
            CrashAfterSend = 0;
        }

        public async Task<TemplateSendResult> SendAsync(TemplateMessage message, CancellationToken ct)
        {
            var result = await Inner.SendAsync(message, ct);
            if (Interlocked.Increment(ref _sends) == CrashAfterSend)
            {
                throw new OperationCanceledException("delivery run killed");
            }

            return result;
        }
    }
}
