using System.Data.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CellCrm.Infrastructure.AccessScopes;

/// <summary>Starts a new <see cref="AccessGeneration"/> after every committed save that touches what a
/// <see cref="StaffAccess"/> is made of: staff members (department, data scope, active), sign-in accounts and their
/// roles, roles' data scopes, the department tree, and customer shares (granted, revoked, expired, kept). The stamp
/// is written after the commit — inside an explicit transaction only when it commits — so no request can cache
/// the old state under the new stamp. Bulk ExecuteUpdate/ExecuteDelete bypass SaveChanges: on these types they
/// would have to call <see cref="AccessGeneration.BumpAsync"/> themselves (none does today).</summary>
public sealed class AccessChangeInterceptor(AccessGeneration generation) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly Type[] Watched =
        [typeof(StaffMember), typeof(Department), typeof(CustomerShare), typeof(StaffAccount), typeof(StaffRole), typeof(IdentityUserRole<Guid>)];

    private bool _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (CommittedWithoutTransaction(eventData.Context))
        {
            generation.Bump();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (CommittedWithoutTransaction(eventData.Context))
        {
            await generation.BumpAsync(CancellationToken.None);
        }

        return result;
    }

    // A failed save may have been retried or partly applied by the caller's own means: one bump too many only
    // costs a cache miss, one too few would keep a stale scope.
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (CommittedWithoutTransaction(eventData.Context))
        {
            generation.Bump();
        }
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (CommittedWithoutTransaction(eventData.Context))
        {
            await generation.BumpAsync(CancellationToken.None);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_pending)
        {
            _pending = false;
            generation.Bump();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_pending)
        {
            _pending = false;
            await generation.BumpAsync(CancellationToken.None);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = false;
        return Task.CompletedTask;
    }

    /// <summary>Outside an explicit transaction the save has committed by now; inside one, the commit bumps.</summary>
    private bool CommittedWithoutTransaction(DbContext? context)
    {
        if (!_pending || context?.Database.CurrentTransaction is not null)
        {
            return false;
        }

        _pending = false;
        return true;
    }

    private void Note(DbContext? context)
    {
        if (context is null || _pending)
        {
            return;
        }

        // Entries() detects changes first (SaveChanges only does so after this interceptor has run).
        _pending = context.ChangeTracker.Entries().Any(e =>
            (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Watched.Contains(e.Metadata.ClrType));
    }
}
