namespace CellCrm.Domain.RealName;

/// <summary>The result of one face check as the provider reported it: kept as evidence on the verification.</summary>
public sealed record FaceEvidence(string Provider, string RequestId, bool Passed, decimal? Score, DateTimeOffset CheckedAt)
{
    public const int ProviderMaxLength = 40;
    public const int RequestIdMaxLength = 64;
}
