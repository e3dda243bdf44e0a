using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>Recognises a save that lost a race: a stale version, or the database breaking a lock cycle
/// (InnoDB deadlock / lock wait timeout, SQLite busy). The transaction was rolled back, so nothing was applied.
/// Pomelo's execution strategy wraps a deadlock's DbUpdateException in an InvalidOperationException, so callers
/// catch Exception and let this walk the inner exceptions.</summary>
public static class SaveConflicts
{
    /// <param name="raceMarkers">Unique indexes (as MySQL or SQLite name them in their messages) that only a
    /// concurrent writer can violate, such as a timeline's sequence number.</param>
    public static bool IsConflict(Exception e, params string[] raceMarkers)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DbUpdateConcurrencyException:
                case MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout }:
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry } m when raceMarkers.Any(m.Message.Contains):
                case SqliteException { SqliteErrorCode: 19 } s when raceMarkers.Any(s.Message.Contains):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether the save broke one of the unique indexes named by <paramref name="indexMarkers"/> (and
    /// nothing else: a lock timeout or a version conflict is not a duplicate).</summary>
    public static bool IsDuplicate(Exception e, params string[] indexMarkers)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry } m when indexMarkers.Any(m.Message.Contains):
                case SqliteException { SqliteErrorCode: 19 } s when indexMarkers.Any(s.Message.Contains):
                    return true;
            }
        }

        return false;
    }
}
