using CellCrm.Domain.Contracts;
using CellCrm.Infrastructure.Payments;

namespace CellCrm.Portal.Contracts;

/// <summary>One of the customer's contracts as 我的合同 shows it: amount, paid, due, the plan with each line's state,
/// and the links waiting to be paid.</summary>
public sealed record PortalContractView(Guid Id, string Number, ContractBusinessType BusinessType, ContractStatus Status, DateTimeOffset CreatedAt,
    ContractReceivable Receivable, PaymentPlanView Plan)
{
    public IEnumerable<ContractPaymentLinkRow> OpenLinks => Receivable.Links.Where(l => l.State == Domain.Payments.PaymentLinkState.Pending);
}
