using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Services;

/// <summary>Everything the customer detail page shows. Family members outside the viewer's data scope are only
/// counted (<see cref="HiddenFamilyMembers"/>), never named.</summary>
public sealed record CustomerDetailsView(
    Customer Customer,
    int? Age,
    string OwnerName,
    string DepartmentName,
    string FamilyName,
    IReadOnlyList<FamilyMemberLink> FamilyMembers,
    int HiddenFamilyMembers,
    IReadOnlyList<FollowUpLine> FollowUps,
    IReadOnlyList<AuditLine> History);
