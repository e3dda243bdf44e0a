using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Payments;
using static CellCrm.Domain.Tests.Contracts.ContractBuilder;

namespace CellCrm.Domain.Tests.Payments;

public class PaymentPlanTests
{
    private static readonly PlanEditState Untouched = new(0, 0);

    /// <summary>A submitted contract of 87,800.00 yuan (stem 68,000 + CIK 19,800), accepting payment.</summary>
    private static Contract Submitted()
    {
        var contract = Draft(ContractOrderType.Paper, StemLine(), ImmuneLine());
        contract.Submit(Now);
        return contract;
    }

    private static StaffRef Owner(Contract contract) => new(contract.OwnerId, "王顾问");

    private static PlanLineDraft Line(int month, int day, long fen) => new(new DateOnly(2026, month, day), fen);

    [Fact]
    public void Create_NumbersLinesInDueDateOrder_AndTotalsTheContract()
    {
        var contract = Submitted();

        var plan = PaymentPlan.Create(contract, [Line(12, 31, 50_000_00), Line(12, 1, 37_800_00)], Untouched, Owner(contract), Now);

        Assert.Equal([(1, new DateOnly(2026, 12, 1), 37_800_00L), (2, new DateOnly(2026, 12, 31), 50_000_00L)],
            plan.Lines.Select(l => (l.Period, l.DueDate, l.AmountFen)));
        Assert.Equal(contract.AmountFen, plan.TotalFen);
        Assert.Equal("王顾问", plan.UpdatedByName);
    }

    [Theory]
    [InlineData(87_799_99L, "回款计划合计87,799.99元与合同金额87,800.00元不符，还差0.01元")]
    [InlineData(87_800_01L, "回款计划合计87,800.01元与合同金额87,800.00元不符，多出0.01元")]
    public void Create_TotalNotTheContractAmount_IsRefusedWithTheGap(long secondLine, string message)
    {
        var contract = Submitted();

        var e = Assert.Throws<DomainException>(() =>
            PaymentPlan.Create(contract, [Line(12, 31, secondLine)], Untouched, Owner(contract), Now));

        Assert.Equal(message, e.Message);
        Assert.Equal("Lines", e.Field);
    }

    [Fact]
    public void Create_MissingDateOrBadAmount_NamesTheField()
    {
        var contract = Submitted();

        var date = Assert.Throws<DomainException>(() =>
            PaymentPlan.Create(contract, [Line(12, 1, 80_000_00), new PlanLineDraft(null, 7_800_00)], Untouched, Owner(contract), Now));
        var amount = Assert.Throws<DomainException>(() =>
            PaymentPlan.Create(contract, [Line(12, 1, 87_800_00), Line(12, 2, 0)], Untouched, Owner(contract), Now));
        var unreadable = Assert.Throws<DomainException>(() =>
            PaymentPlan.Create(contract, [new PlanLineDraft(new DateOnly(2026, 12, 1), null)], Untouched, Owner(contract), Now));
        var none = Assert.Throws<DomainException>(() => PaymentPlan.Create(contract, [], Untouched, Owner(contract), Now));

        Assert.Equal(("请填写计划回款日期", "Lines[1].DueDate"), (date.Message, date.Field));
        Assert.Equal(("本期金额应大于0", "Lines[1].Amount"), (amount.Message, amount.Field));
        Assert.Equal(("请填写本期金额（最多两位小数）", "Lines[0].Amount"), (unreadable.Message, unreadable.Field));
        Assert.Equal(("请至少添加一期回款计划", "Lines"), (none.Message, none.Field));
    }

    [Fact]
    public void Replace_ByAnotherStaffMember_OrOnceMoneyIsAllocated_OrWithAnOpenBoundLink_IsRefused()
    {
        var contract = Submitted();
        var plan = PaymentPlan.Create(contract, [Line(12, 1, 87_800_00)], Untouched, Owner(contract), Now);
        PlanLineDraft[] two = [Line(12, 1, 40_000_00), Line(12, 31, 47_800_00)];

        var other = Assert.Throws<DomainException>(() => plan.Replace(contract, two, Untouched, new StaffRef(Guid.NewGuid(), "李顾问"), Now));
        var received = Assert.Throws<DomainException>(() => plan.Replace(contract, two, new PlanEditState(1, 0), Owner(contract), Now));
        var open = Assert.Throws<DomainException>(() => plan.Replace(contract, two, new PlanEditState(0, 1), Owner(contract), Now));

        Assert.Equal("只有合同负责人可以修改回款计划", other.Message);
        Assert.Equal("合同已有回款分配到回款计划，不能再修改", received.Message);
        Assert.Equal("回款计划有待支付的付款链接，请先取消后再修改", open.Message);
        Assert.Single(plan.Lines);

        plan.Replace(contract, two, Untouched, Owner(contract), Now);
        Assert.Equal([40_000_00L, 47_800_00L], plan.Lines.Select(l => l.AmountFen));
    }

    [Fact]
    public void Create_ForADraftContract_IsRefused()
    {
        var draft = Draft(ContractOrderType.Paper);

        var e = Assert.Throws<DomainException>(() => PaymentPlan.Create(draft, [Line(12, 1, draft.AmountFen)], Untouched, Owner(draft), Now));

        Assert.Equal("合同草稿，不能设置回款计划", e.Message);
    }

    [Fact]
    public void Allocate_OddAmounts_FillsTheEarliestLinesFirst()
    {
        var contract = Submitted();
        // 87,800.00 in three odd instalments: 29,266.67 + 29,266.67 + 29,266.66.
        var plan = PaymentPlan.Create(contract, [Line(12, 20, 29_266_66), Line(12, 1, 29_266_67), Line(12, 10, 29_266_67)], Untouched, Owner(contract), Now);

        var statuses = PlanAllocation.Allocate(plan.Lines, 29_266_68, Today);

        Assert.Equal(
        [
            (1, 29_266_67L, 0L, PlanLineState.Paid, "已付"),
            (2, 1L, 29_266_66L, PlanLineState.PartlyPaid, "部分已付"),
            (3, 0L, 29_266_66L, PlanLineState.Unpaid, "未付"),
        ], statuses.Select(s => (s.Period, s.PaidFen, s.OutstandingFen, s.State, s.StateLabel)));
        Assert.Equal(contract.AmountFen - 29_266_68, statuses.Sum(s => s.OutstandingFen));
    }

    [Fact]
    public void Allocate_NothingOrEverythingOrMore_EachLineWhole()
    {
        var contract = Submitted();
        var plan = PaymentPlan.Create(contract, [Line(12, 1, 33_333_33), Line(12, 2, 54_466_67)], Untouched, Owner(contract), Now);

        Assert.All(PlanAllocation.Allocate(plan.Lines, 0, Today), s => Assert.Equal(PlanLineState.Unpaid, s.State));
        Assert.All(PlanAllocation.Allocate(plan.Lines, contract.AmountFen, Today), s => Assert.Equal((PlanLineState.Paid, 0L), (s.State, s.OutstandingFen)));
        var over = PlanAllocation.Allocate(plan.Lines, contract.AmountFen + 1_00, Today);
        Assert.Equal([33_333_33L, 54_466_67L], over.Select(s => s.PaidFen));
    }

    [Fact]
    public void Allocate_LinePastItsDueDateWithMoneyOpen_IsOverdue()
    {
        var contract = Submitted();
        var plan = PaymentPlan.Create(contract, [Line(12, 1, 10_000_00), Line(12, 15, 20_000_00), Line(12, 31, 57_800_00)], Untouched, Owner(contract), Now);

        var statuses = PlanAllocation.Allocate(plan.Lines, 10_000_00 + 5_00, new DateOnly(2026, 12, 16));

        // Paid in full (not overdue), partly paid past its date (overdue), not yet due.
        Assert.Equal([false, true, false], statuses.Select(s => s.Overdue));
        // On its due date a line is not overdue yet.
        Assert.False(PlanAllocation.Allocate(plan.Lines, 0, new DateOnly(2026, 12, 1))[0].Overdue);
    }
}
