using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Services;

/// <summary>What the customer form asks to save: the profile, the tags and the family archive choice.</summary>
public sealed record CustomerDraft(CustomerProfile Profile, IReadOnlyList<string> Tags, FamilyChoice Family, string? FamilyMemberMobile);
