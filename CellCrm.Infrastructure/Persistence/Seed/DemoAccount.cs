namespace CellCrm.Infrastructure.Persistence.Seed;

public sealed record DemoAccount(string UserName, string Name, string Role, string Department);
