using CellCrm.BackOffice.Services.Contracts;
using CellCrm.Domain.Organization;

namespace CellCrm.BackOffice.Services.OfflineCollections;

/// <summary>Who uses 线下收款 (seed 000 §5.3): sales staff enter the receipts of their contracts, finance enters and
/// checks (核对) them and, with admins, reads them all; each page also checks the contract's data scope.</summary>
public static class OfflineCollectionPages
{
    public const string ReadPolicy = "OfflineCollectionRead";
    public const string EnterPolicy = "OfflineCollectionEnter";
    public const string CheckPolicy = "OfflineCollectionCheck";

    public static IServiceCollection AddOfflineCollectionPages(this IServiceCollection services)
    {
        services.AddScoped<OfflineCollectionAccess>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole([.. ContractPagesSetup.SalesRoles, StaffRoles.Finance, StaffRoles.Admin]))
            .AddPolicy(EnterPolicy, p => p.RequireRole([.. ContractPagesSetup.SalesRoles, StaffRoles.Finance]))
            .AddPolicy(CheckPolicy, p => p.RequireRole(StaffRoles.Finance));
        return services;
    }

    public static bool MayEnter(this ICurrentStaff staff) => staff.IsSales() || staff.IsInRole(StaffRoles.Finance);

    public static bool MayCheck(this ICurrentStaff staff) => staff.IsInRole(StaffRoles.Finance);
}
