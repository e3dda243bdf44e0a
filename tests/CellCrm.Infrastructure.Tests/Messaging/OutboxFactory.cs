using CellCrm.Domain.Messaging;
using CellCrm.Testing;
using CellCrm.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Messaging;

/// <summary>The back office with recording senders in place of WeChat and SMS, and no job server: the tests drive
/// the dispatcher themselves, as the delivery job and the sweep would.</summary>
public sealed class OutboxFactory : BackOfficeFactory
{
    public RecordingTemplateSender Templates { get; } = new();

    public RecordingSmsSender Sms { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Jobs:RunServer"] = "false",
        ["Outbox:MaxAttempts"] = "4",
        ["Outbox:BaseDelay"] = "00:00:30",
        ["Outbox:BatchSize"] = "10",
        ["Outbox:PortalBaseUrl"] = "https://portal.test",
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<ITemplateMessageSender>(Templates);
        services.AddSingleton<ISmsSender>(Sms);
    }
}
