using System.Text.Json.Nodes;

namespace CellCrm.Testing.Fakes.WeChatPay;

/// <summary>An order placed with the fake; <see cref="Request"/> is the JSAPI order body as received.</summary>
public sealed class FakeOrder(JsonObject request, string prepayId)
{
    public JsonObject Request { get; } = request;

    public string PrepayId { get; } = prepayId;

    public string OutTradeNo => (string)Request["out_trade_no"]!;

    public long Total => (long)Request["amount"]!["total"]!;

    public string TradeState { get; set; } = "NOTPAY";

    public string? TransactionId { get; set; }

    public DateTimeOffset? SuccessTime { get; set; }

    public long Refunded { get; set; }
}
