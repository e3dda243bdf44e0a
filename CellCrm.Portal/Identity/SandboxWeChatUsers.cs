using CellCrm.Domain.Customers;

namespace CellCrm.Portal.Identity;

/// <summary>The sandbox stand-ins for WeChat accounts (embedded default and tests): one deterministic openid per
/// demo customer of the demo seed, plus generated "new visitor" openids. The hint tells the tester what to enter
/// in real-name verification; these are demo data only.</summary>
public static class SandboxWeChatUsers
{
    public const string VisitorPrefix = "sandbox-visitor-";

    public static readonly IReadOnlyList<SandboxWeChatUser> All =
    [
        new("sandbox-openid-1", "张晓梅", "13800138000", Mainland("44030519850312002")),
        new("sandbox-openid-2", "李建国", "13912345678", Mainland("44030419620805113")),
        new("sandbox-openid-3", "王丽", "13600001111", null),
        new("sandbox-openid-4", "刘强", "13700002222", Mainland("11010519781120457")),
        new("sandbox-openid-5", "陈静", "13500003333", null),
    ];

    public static string NewVisitorOpenId() => VisitorPrefix + Guid.NewGuid().ToString("N")[..16];

    public static bool IsSandboxOpenId(string openId) =>
        All.Any(u => u.OpenId == openId) || (openId.StartsWith(VisitorPrefix, StringComparison.Ordinal) && openId.Length == VisitorPrefix.Length + 16);

    private static string Mainland(string first17) => first17 + IdDocument.MainlandCheckCharacter(first17);
}

public sealed record SandboxWeChatUser(string OpenId, string Name, string Mobile, string? IdNumber);
