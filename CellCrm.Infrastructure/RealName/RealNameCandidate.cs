namespace CellCrm.Infrastructure.RealName;

/// <summary>A customer record a reviewer may bind a verification to, with what matched.</summary>
public sealed record RealNameCandidate(Guid Id, string Name, string MaskedMobile, string MaskedIdNumber, string OwnerName,
    bool NameMatches, bool IdMatches, bool MobileMatches, bool AlreadyBound);
