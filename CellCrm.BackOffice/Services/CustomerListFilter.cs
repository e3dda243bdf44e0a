namespace CellCrm.BackOffice.Services;

/// <summary>The customer list's query string: keyword (whole mobile, whole ID number or part of a name), tag,
/// owner and 1-based page number.</summary>
public sealed record CustomerListFilter(string? Keyword, string? Tag, Guid? Owner, int PageNumber);
