namespace CellCrm.Portal.Identity;

/// <summary>Claims of the portal's sign-in cookie.</summary>
public static class PortalClaims
{
    /// <summary>The WeChat openid of the signed-in visitor.</summary>
    public const string OpenId = "openid";

    /// <summary>The customer record bound to the openid by real-name verification (absent until then).</summary>
    public const string CustomerId = "customer_id";
}
