namespace CellCrm.Domain.Payments;

/// <summary>Spreads the money received for a contract over its plan (seed 000 §5: 应收 = 合同金额 − 已回款): the earliest
/// due line is filled first, then the next, so each line is 未付, 部分已付 or 已付. A line past its due date (in China
/// time) with money still open is overdue. Money above the plan total stays unallocated (a matter for refunds).</summary>
public static class PlanAllocation
{
    public static IReadOnlyList<PlanLineStatus> Allocate(IEnumerable<PaymentPlanLine> lines, long receivedFen, DateOnly today)
    {
        var left = Math.Max(0, receivedFen);
        var result = new List<PlanLineStatus>();
        foreach (var line in lines.OrderBy(l => l.DueDate).ThenBy(l => l.Period))
        {
            var paid = Math.Min(left, line.AmountFen);
            left -= paid;
            result.Add(new PlanLineStatus(line.Id, line.Period, line.DueDate, line.AmountFen, paid, line.DueDate < today && paid < line.AmountFen));
        }

        return result;
    }

    public static string Label(PlanLineState state) => state switch
    {
        PlanLineState.Unpaid => "未付",
        PlanLineState.PartlyPaid => "部分已付",
        PlanLineState.Paid => "已付",
    };
}
