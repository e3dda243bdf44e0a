namespace CellCrm.Domain.Organization;

public sealed record RoleDefinition(string Name, string DisplayName, DataScope DefaultScope, string Description = "");
