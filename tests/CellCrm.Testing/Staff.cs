using CellCrm.Domain.Approvals;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Testing;

/// <summary>Demo staff as services see them, looked up by login name.</summary>
public static class Staff
{
    public static async Task<StaffRef> RefAsync(this IServiceProvider services, string userName)
    {
        var account = await services.GetRequiredService<UserManager<StaffAccount>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo account {userName}.");
        var member = await services.GetRequiredService<CellCrmDbContext>().Staff.AsNoTracking().SingleAsync(s => s.Id == account.Id);
        return new StaffRef(member.Id, member.Name);
    }

    public static async Task<AccessScope> ScopeAsync(this IServiceProvider services, string userName)
    {
        var account = await services.GetRequiredService<UserManager<StaffAccount>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo account {userName}.");
        return await services.GetRequiredService<AccessScopeResolver>().ResolveAsync(account.Id, CancellationToken.None);
    }

    public static async Task<Guid> DepartmentOfAsync(this IServiceProvider services, string userName)
    {
        var staff = await services.RefAsync(userName);
        return await services.GetRequiredService<CellCrmDbContext>().Staff.Where(s => s.Id == staff.Id).Select(s => s.DepartmentId).SingleAsync();
    }
}
