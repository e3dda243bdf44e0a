using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Services;

/// <summary>The signed-in staff member, resolved once per request.</summary>
public interface ICurrentStaff
{
    Guid Id { get; }

    string Name { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);

    /// <summary>What this staff member may see (SPEC §1 data scope), read once per request from the
    /// access cache, which every change it depends on invalidates (<c>AccessChangeInterceptor</c>).</summary>
    Task<AccessScope> GetScopeAsync(CancellationToken ct = default);
}
