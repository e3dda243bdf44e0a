using CellCrm.Domain.Approvals;
using CellCrm.Infrastructure.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Agreements;

public static class AgreementsSetup
{
    /// <summary>Supplementary agreements and the outcome of their 客服审批.</summary>
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.AddScoped<SupplementaryAgreementService>();
        services.AddScoped<IApprovalOutcomeHandler, SupplementaryAgreementOutcomeHandler>();
        services.AddSigningSubject<AgreementSigningHandler>();
        return services;
    }
}
