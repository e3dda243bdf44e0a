namespace CellCrm.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite = 0,
    MySql = 1,
}
