namespace CellCrm.Portal.Identity;

/// <summary>The signed-in WeChat user and, once real-name verified, their customer record.</summary>
public interface ICurrentCustomer
{
    string OpenId { get; }

    string? Nickname { get; }

    /// <summary>Null until real-name verification has bound the openid to a customer record.</summary>
    Guid? CustomerId { get; }
}
