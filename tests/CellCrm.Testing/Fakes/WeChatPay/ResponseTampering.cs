namespace CellCrm.Testing.Fakes.WeChatPay;

/// <summary>How the fake spoils the signature of its answers, to see the client refuse them.</summary>
public enum ResponseTampering
{
    None,

    /// <summary>The body is changed after it was signed.</summary>
    AlteredBody,

    /// <summary>Correctly signed, but with a timestamp ten minutes old.</summary>
    StaleTimestamp,

    /// <summary>Signed with a key that is not WeChat Pay's.</summary>
    ForeignKey,

    /// <summary>No Wechatpay-* headers at all.</summary>
    Unsigned,
}
