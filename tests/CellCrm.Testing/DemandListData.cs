using CellCrm.Domain.Health;
using CellCrm.Infrastructure.Health;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Testing;

/// <summary>Demand lists as the demo advisor creates them in the back office.</summary>
public static class DemandListData
{
    /// <summary>The demo advisor's demand list for <paramref name="recipientId"/> (本人 as donor, autologous stem cells,
    /// the demo expert), created through <see cref="DemandListService"/>.</summary>
    public static async Task<DemandList> AdvisorsDemandListAsync(this IServiceProvider sp, Guid recipientId)
    {
        var expert = await sp.RefAsync("expert");
        var details = new DemandDetails(recipientId, null, DonorRelationship.Self, null, null, null, null, CellSource.Autologous,
            IntendedCellProduct.StemCell, "抗衰", "身体健康", "改善睡眠", null, expert.Id);
        return await sp.GetRequiredService<DemandListService>().CreateAsync(details, await sp.RefAsync("advisor"),
            await sp.DepartmentOfAsync("advisor"), await sp.ScopeAsync("advisor"), CancellationToken.None);
    }
}
