using Microsoft.AspNetCore.Identity;

namespace CellCrm.Infrastructure.Identity;

/// <summary>The sign-in account of a staff member; its id is the <c>StaffMember</c>'s id.</summary>
public class StaffAccount : IdentityUser<Guid>
{
}
