using CellCrm.Domain.Organization;
using Microsoft.AspNetCore.Identity;

namespace CellCrm.Infrastructure.Identity;

/// <summary>A role with its Chinese name and the data scope it grants (SPEC §1). Admins may adjust both.</summary>
public class StaffRole : IdentityRole<Guid>
{
    public const int DisplayNameMaxLength = 30;

    public string DisplayName { get; set; } = "";

    public DataScope DataScope { get; set; }

    public string? Description { get; set; }
}
