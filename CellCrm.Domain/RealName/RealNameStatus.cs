namespace CellCrm.Domain.RealName;

public enum RealNameStatus
{
    /// <summary>待审核: waiting for customer service (manual review, 24 h).</summary>
    Pending = 0,

    /// <summary>已通过: customer service approved and bound the customer record.</summary>
    Approved = 1,

    /// <summary>已驳回: customer service refused, with a reason; the customer may try again.</summary>
    Rejected = 2,

    /// <summary>已完成: face verification passed and the customer record was bound without review.</summary>
    Completed = 3,
}
