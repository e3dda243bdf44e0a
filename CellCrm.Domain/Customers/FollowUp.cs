using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

/// <summary>One entry of a customer's 跟进动态.</summary>
public class FollowUp : Entity
{
    public const int ContentMaxLength = 1000;

    private FollowUp()
    {
        Content = "";
    }

    internal FollowUp(Guid customerId, FollowUpType type, string content, DateTimeOffset? nextAt, Guid staffId, DateTimeOffset at)
    {
        CustomerId = customerId;
        Type = type;
        Content = Guard.Required(content, "跟进内容", ContentMaxLength, nameof(Content));
        if (nextAt is { } next && next <= at)
        {
            throw new DomainException("下次跟进时间应晚于现在", nameof(NextAt));
        }

        NextAt = nextAt;
        StaffId = staffId;
        CreatedAt = at;
    }

    public Guid CustomerId { get; private set; }

    public FollowUpType Type { get; private set; }

    public string Content { get; private set; }

    public DateTimeOffset? NextAt { get; private set; }

    public Guid StaffId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
