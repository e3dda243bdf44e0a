using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CellCrm.Testing.Fakes.WeChatPay;

// The API calls CellCrm makes, with WeChat Pay's business answers.
public sealed partial class FakeWeChatPayServer
{
    private (int Status, JsonObject? Body) Route(string method, string path, IQueryCollection query, string body)
    {
        lock (_gate)
        {
            if (method == "POST" && path == "/v3/pay/transactions/jsapi")
            {
                return CreateOrder(JsonNode.Parse(body)!.AsObject());
            }

            if (OrderPath().Match(path) is { Success: true } m)
            {
                var outTradeNo = m.Groups["no"].Value;
                if (method == "GET" && !m.Groups["close"].Success)
                {
                    if ((string?)query["mchid"] != MchId)
                    {
                        return (400, Error("PARAM_ERROR", "mchid 不正确"));
                    }

                    return _orders.TryGetValue(outTradeNo, out var order)
                        ? (200, TransactionJson(order))
                        : (404, Error("ORDER_NOT_EXIST", "订单不存在"));
                }

                if (method == "POST" && m.Groups["close"].Success)
                {
                    if ((string?)JsonNode.Parse(body)?["mchid"] != MchId)
                    {
                        return (400, Error("PARAM_ERROR", "mchid 不正确"));
                    }

                    if (!_orders.TryGetValue(outTradeNo, out var order))
                    {
                        return (404, Error("ORDER_NOT_EXIST", "订单不存在"));
                    }

                    if (order.TradeState is "SUCCESS" or "REFUND")
                    {
                        return (400, Error("ORDERPAID", "订单已支付"));
                    }

                    order.TradeState = "CLOSED";
                    return (204, null);
                }
            }

            if (method == "POST" && path == "/v3/refund/domestic/refunds")
            {
                return CreateRefund(JsonNode.Parse(body)!.AsObject());
            }

            if (method == "GET" && path.StartsWith("/v3/refund/domestic/refunds/", StringComparison.Ordinal))
            {
                return _refunds.TryGetValue(path["/v3/refund/domestic/refunds/".Length..], out var refund)
                    ? (200, RefundJson(refund, notify: false))
                    : (404, Error("RESOURCE_NOT_EXISTS", "退款单不存在"));
            }

            return (404, Error("RESOURCE_NOT_EXISTS", "无此接口"));
        }
    }

    private (int, JsonObject?) CreateOrder(JsonObject order)
    {
        var outTradeNo = (string?)order["out_trade_no"] ?? "";
        var notifyUrl = (string?)order["notify_url"] ?? "";
        var description = (string?)order["description"] ?? "";
        if ((string?)order["appid"] != AppId || (string?)order["mchid"] != MchId)
        {
            return (400, Error("APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配"));
        }

        if (!WeChatOutTradeNo().IsMatch(outTradeNo) || description.Length is 0 or > 127 ||
            !Uri.TryCreate(notifyUrl, UriKind.Absolute, out var notify) || notify.Scheme != "https" || notify.Query.Length > 0 ||
            order["amount"]?["total"]?.GetValue<long>() is not > 0 || (string?)order["amount"]?["currency"] != "CNY" ||
            string.IsNullOrEmpty((string?)order["payer"]?["openid"]) ||
            (order["time_expire"] is { } expire && !DateTimeOffset.TryParse((string?)expire, out _)))
        {
            return (400, Error("PARAM_ERROR", "参数错误"));
        }

        if (_orders.TryGetValue(outTradeNo, out var existing))
        {
            if (existing.TradeState is "SUCCESS" or "REFUND")
            {
                return (400, Error("ORDERPAID", "该订单已支付"));
            }

            if (existing.TradeState == "CLOSED")
            {
                return (400, Error("ORDER_CLOSED", "订单已关闭"));
            }

            return JsonNode.DeepEquals(existing.Request, order)
                ? (200, new JsonObject { ["prepay_id"] = existing.PrepayId })
                : (403, Error("OUT_TRADE_NO_USED", "商户订单号重复"));
        }

        var placed = new FakeOrder(order, "wx" + RandomNumberGenerator.GetString("0123456789abcdef", 32));
        _orders[outTradeNo] = placed;
        return (200, new JsonObject { ["prepay_id"] = placed.PrepayId });
    }

    private (int, JsonObject?) CreateRefund(JsonObject refund)
    {
        var outRefundNo = (string?)refund["out_refund_no"] ?? "";
        var amount = refund["amount"]?["refund"]?.GetValue<long>() ?? 0;
        if (_refunds.TryGetValue(outRefundNo, out var existing))
        {
            return (200, RefundJson(existing, notify: false));
        }

        if (!_orders.TryGetValue((string?)refund["out_trade_no"] ?? "", out var order) || order.TradeState is not ("SUCCESS" or "REFUND"))
        {
            return (404, Error("RESOURCE_NOT_EXISTS", "订单不存在或未支付"));
        }

        if (amount <= 0 || refund["amount"]?["total"]?.GetValue<long>() != order.Total || (string?)refund["amount"]?["currency"] != "CNY" ||
            outRefundNo.Length is 0 or > 64)
        {
            return (400, Error("PARAM_ERROR", "参数错误"));
        }

        if (order.Refunded + amount > order.Total)
        {
            return (400, Error("INVALID_REQUEST", "申请退款金额超过订单可退金额"));
        }

        if (amount > RefundBalanceFen)
        {
            return (403, Error("NOT_ENOUGH", "基本账户余额不足"));
        }

        order.Refunded += amount;
        order.TradeState = "REFUND";
        var created = new FakeRefund("5030" + RandomNumberGenerator.GetString("0123456789", 26), outRefundNo, order, amount);
        _refunds[outRefundNo] = created;
        return (200, RefundJson(created, notify: false));
    }

    private static JsonObject TransactionJson(FakeOrder order)
    {
        var paid = order.TransactionId is not null;
        var json = new JsonObject
        {
            ["appid"] = AppId,
            ["mchid"] = MchId,
            ["out_trade_no"] = order.OutTradeNo,
            ["trade_state"] = order.TradeState,
            ["trade_state_desc"] = order.TradeState switch { "SUCCESS" => "支付成功", "CLOSED" => "订单已关闭", "REFUND" => "转入退款", _ => "订单未支付" },
            ["payer"] = new JsonObject { ["openid"] = (string?)order.Request["payer"]!["openid"] },
            ["amount"] = paid
                ? new JsonObject { ["total"] = order.Total, ["payer_total"] = order.Total, ["currency"] = "CNY", ["payer_currency"] = "CNY" }
                : new JsonObject { ["total"] = order.Total, ["currency"] = "CNY" },
        };
        if (order.Request["attach"] is { } attach)
        {
            json["attach"] = (string?)attach;
        }

        if (paid)
        {
            json["transaction_id"] = order.TransactionId;
            json["trade_type"] = "JSAPI";
            json["bank_type"] = "OTHERS";
            json["success_time"] = order.SuccessTime!.Value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        }

        return json;
    }

    private static JsonObject RefundJson(FakeRefund refund, bool notify)
    {
        var json = new JsonObject
        {
            ["refund_id"] = refund.RefundId,
            ["out_refund_no"] = refund.OutRefundNo,
            ["transaction_id"] = refund.Order.TransactionId,
            ["out_trade_no"] = refund.Order.OutTradeNo,
            [notify ? "refund_status" : "status"] = refund.Status,
            ["amount"] = new JsonObject
            {
                ["total"] = refund.Order.Total,
                ["refund"] = refund.Refund,
                ["payer_total"] = refund.Order.Total,
                ["payer_refund"] = refund.Refund,
            },
        };
        if (notify)
        {
            json["mchid"] = MchId;
        }

        if (refund.SuccessTime is { } at)
        {
            json["success_time"] = at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        }

        return json;
    }
}
