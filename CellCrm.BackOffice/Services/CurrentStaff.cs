using System.Security.Claims;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.AccessScopes;

namespace CellCrm.BackOffice.Services;

public sealed class CurrentStaff(IHttpContextAccessor http, StaffAccessCache access) : ICurrentStaff
{
    private AccessScope? _scope;

    private ClaimsPrincipal User => http.HttpContext?.User ?? throw new InvalidOperationException("No current request.");

    public Guid Id => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new InvalidOperationException("Not signed in.");

    public string Name => User.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? User.Identity?.Name ?? "";

    public IReadOnlyCollection<string> Roles => User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public bool IsInRole(string role) => User.IsInRole(role);

    public async Task<AccessScope> GetScopeAsync(CancellationToken ct = default) =>
        _scope ??= (await access.GetAsync(Id, ct)).ToScope();
}
