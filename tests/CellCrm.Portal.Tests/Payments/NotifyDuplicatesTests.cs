using System.Net;
using CellCrm.Domain.Payments;
using CellCrm.Infrastructure.Payments;
using CellCrm.Portal.Payments;
using CellCrm.Testing;
using CellCrm.Testing.Fakes.WeChatPay;
using CellCrm.Testing.Messaging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace CellCrm.Portal.Tests.Payments;

/// <summary>Copies of one notify (WeChat Pay's retries and duplicates) on the notify path's fast lanes: copies that
/// arrive while the first is still crediting wait for it and are acknowledged only once the payment is committed; a
/// later copy on the same node needs no database; copies on two nodes at once still credit once.</summary>
public class NotifyDuplicatesTests(FakeWeChatPayPaymentPortalFactory app) : IClassFixture<FakeWeChatPayPaymentPortalFactory>, IAsyncLifetime
{
    private Guid _zhang;

    public async ValueTask InitializeAsync() => (_zhang, _) = await app.ResetWithCustomersAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A link the customer pressed 支付 on, paid at the fake WeChat Pay server: its notify and ids.</summary>
    private async Task<(PaymentLink Link, string TransactionId, FakeNotify Notify)> PaidAsync()
    {
        var link = await app.SendLinkAsync(_zhang);
        Assert.Equal(HttpStatusCode.OK, (await app.BrowserOf(_zhang).PressPayAsync(link.Id)).StatusCode);
        var outTradeNo = await app.DbAsync(db => db.PaymentAttempts.Where(a => a.PaymentLinkId == link.Id).Select(a => a.OutTradeNo).SingleAsync());
        var transactionId = app.WeChatPay.MarkPaid(outTradeNo);
        return (link, transactionId, app.WeChatPay.TransactionNotify(outTradeNo));
    }

    [Fact]
    public async Task CopiesArrivingWhileTheFirstIsStillCrediting_WaitForIt_AndTheTransactionIsCreditedOnce()
    {
        var (link, transactionId, notify) = await PaidAsync();

        // Hold the link's row, so that the first copy's save waits inside its credit.
        await using var holder = new MySqlConnection(app.ConnectionString);
        await holder.OpenAsync(TestContext.Current.CancellationToken);
        await using var hold = await holder.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var select = new MySqlCommand("SELECT Id FROM PaymentLinks WHERE Id = @id FOR UPDATE", holder, hold))
        {
            select.Parameters.AddWithValue("@id", link.Id.ToString());
            Assert.NotNull(await select.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }

        var first = app.PostNotifyAsync(notify);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var copies = Enumerable.Range(0, 4).Select(_ => app.PostNotifyAsync(notify)).ToList();
        await Task.Delay(1000, TestContext.Current.CancellationToken);

        // Nothing is acknowledged while the payment is not yet recorded.
        Assert.False(first.IsCompleted);
        Assert.All(copies, c => Assert.False(c.IsCompleted));
        Assert.Equal(0, await app.DbAsync(db => db.Payments.CountAsync()));

        await hold.CommitAsync(TestContext.Current.CancellationToken);
        var answers = await Task.WhenAll(copies.Prepend(first));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        var payment = await app.DbAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal((transactionId, link.Id, 600_000L), (payment.TransactionId, payment.PaymentLinkId, payment.AmountFen));
        Assert.Equal(PaymentLinkState.Paid, await app.DbAsync(db => db.PaymentLinks.Where(l => l.Id == link.Id).Select(l => l.State).SingleAsync()));
        // One credit, audited once: the link's state changed once.
        Assert.Equal(1, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == link.Id && e.Field == "State")));
        Assert.Equal(0, app.Services.GetRequiredService<TransactionCreditGate>().PendingTransactions);
    }

    [Fact]
    public async Task ALaterCopy_OnTheNodeThatRecordedIt_IsAcknowledgedFromMemory_AndAFailedCreditIsNotRemembered()
    {
        var (link, transactionId, notify) = await PaidAsync();
        var gate = app.Services.GetRequiredService<TransactionCreditGate>();
        Assert.False(gate.IsRecorded(transactionId));

        Assert.Equal(HttpStatusCode.NoContent, (await app.PostNotifyAsync(notify)).StatusCode);
        Assert.True(gate.IsRecorded(transactionId));

        // A fresh delivery of the same transaction (a retry: new nonce, timestamp and signature) changes nothing.
        Assert.Equal(HttpStatusCode.NoContent, (await app.PostNotifyAsync(app.WeChatPay.TransactionNotify(
            await app.DbAsync(db => db.PaymentAttempts.Where(a => a.PaymentLinkId == link.Id).Select(a => a.OutTradeNo).SingleAsync())))).StatusCode);
        Assert.Equal(1, await app.DbAsync(db => db.Payments.CountAsync()));

        // A refused notify (the amount does not match the link) is not remembered: nothing was recorded.
        var (other, otherTransaction, _) = await PaidAsync();
        var outTradeNo = await app.DbAsync(db => db.PaymentAttempts.Where(a => a.PaymentLinkId == other.Id).Select(a => a.OutTradeNo).SingleAsync());
        var wrong = await app.PostNotifyAsync(app.WeChatPay.TransactionNotify(outTradeNo, alter: t =>
        {
            t["amount"]!["total"] = 1;
            t["amount"]!["payer_total"] = 1;
        }));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.False(gate.IsRecorded(otherTransaction));
        Assert.Equal(PaymentLinkState.Pending, await app.DbAsync(db => db.PaymentLinks.Where(l => l.Id == other.Id).Select(l => l.State).SingleAsync()));
    }

    [Fact]
    public async Task CopiesOnTwoNodesAtOnce_CreditOnce_AndAreAllAcknowledged()
    {
        var (link, transactionId, notify) = await PaidAsync();
        // A second portal node: the same settings and database, its own memory.
        await using var second = app.WithWebHostBuilder(_ => { });
        Assert.NotSame(app.Services.GetRequiredService<TransactionCreditGate>(), second.Services.GetRequiredService<TransactionCreditGate>());

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? app.PostNotifyAsync(notify) : PostAsync(second, notify)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        var payment = await app.DbAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal((transactionId, link.Id), (payment.TransactionId, payment.PaymentLinkId));
        Assert.True(app.Services.GetRequiredService<TransactionCreditGate>().IsRecorded(transactionId));
        Assert.True(second.Services.GetRequiredService<TransactionCreditGate>().IsRecorded(transactionId));
    }

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<PortalApp> node, FakeNotify notify)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PaymentNotifyEndpoint.Path)
        {
            Content = new StringContent(notify.Body, System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in notify.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);
    }
}
