namespace CellCrm.Domain.Payments;

/// <summary>WeChat Pay's <c>trade_state</c>.</summary>
public enum TradeState
{
    NotPay,
    Success,
    Refund,
    Closed,
    Revoked,
    UserPaying,
    PayError,
}
