namespace CellCrm.Domain.Payments;

/// <summary>What went wrong with a WeChat Pay call, in the terms the business acts on.</summary>
public enum PaymentErrorKind
{
    /// <summary>ORDERPAID: the order was already paid.</summary>
    OrderPaid,

    /// <summary>ORDER_CLOSED: the order was closed and cannot be paid or re-ordered.</summary>
    OrderClosed,

    /// <summary>ORDER_NOT_EXIST / RESOURCE_NOT_EXISTS: no such order or refund.</summary>
    NotFound,

    /// <summary>OUT_TRADE_NO_USED: the order number was used with different parameters.</summary>
    OrderNumberUsed,

    /// <summary>NOT_ENOUGH: the merchant's balance cannot cover the refund.</summary>
    NotEnough,

    /// <summary>PARAM_ERROR / INVALID_REQUEST: the provider refused the request's content.</summary>
    InvalidRequest,

    /// <summary>SIGN_ERROR: the provider rejected our signature (wrong key or serial).</summary>
    SignatureRejected,

    /// <summary>NO_AUTH / APPID_MCHID_NOT_MATCH / MCH_NOT_EXISTS: configuration or permission problem.</summary>
    NotAuthorized,

    /// <summary>FREQUENCY_LIMITED: too many calls; try later.</summary>
    RateLimited,

    /// <summary>SYSTEM_ERROR, a 5xx, a timeout or no connection. For an order or refund the outcome is unknown:
    /// query before acting again.</summary>
    Unavailable,

    /// <summary>The answer did not carry a valid WeChat Pay signature (tampered, stale or unknown key): ignored.</summary>
    UntrustedResponse,

    /// <summary>Any other error code.</summary>
    Other,
}
