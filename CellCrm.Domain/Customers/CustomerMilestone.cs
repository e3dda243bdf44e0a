using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

/// <summary>A business fact about a customer that other rules depend on: a contract signed, a payment received.
/// Contracts and payments record one when they happen; a share is kept and a deletion refused because of them.</summary>
public class CustomerMilestone : Entity
{
    public const int ReferenceMaxLength = 40;

    private CustomerMilestone()
    {
        Reference = "";
    }

    public CustomerMilestone(Guid customerId, CustomerMilestoneKind kind, string reference, DateTimeOffset at)
    {
        CustomerId = customerId;
        Kind = kind;
        Reference = Guard.Required(reference, "业务编号", ReferenceMaxLength, nameof(Reference));
        At = at;
    }

    public Guid CustomerId { get; private set; }

    public CustomerMilestoneKind Kind { get; private set; }

    /// <summary>Contract number or payment number.</summary>
    public string Reference { get; private set; }

    public DateTimeOffset At { get; private set; }
}
