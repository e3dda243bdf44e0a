using CellCrm.Domain.Common;
using CellCrm.Domain.Tasks;
using CellCrm.Domain.Tests.Customers;

namespace CellCrm.Domain.Tests.Tasks;

public class BulkPushRunTests
{
    private static readonly DateTimeOffset Now = CustomerBuilder.Now;

    [Fact]
    public void New_DueDateInThePast_IsRefusedOnThatField()
    {
        var e = Assert.Throws<DomainException>(() =>
            new BulkPushRun("复诊提醒", new NewTask(CustomerTaskType.Reminder, "请按时复诊", ChinaTime.Today(Now).AddDays(-1)), Guid.NewGuid(), "郭顾问", Now));

        Assert.Equal("截止日期不能早于今天", e.Message);
        Assert.Equal(nameof(NewTask.DueDate), e.Field);
    }

    [Fact]
    public void New_DueDateToday_IsQueued()
    {
        var run = new BulkPushRun("复诊提醒", new NewTask(CustomerTaskType.Reminder, "请按时复诊", ChinaTime.Today(Now)), Guid.NewGuid(), "郭顾问", Now);

        Assert.Equal(BulkPushState.Queued, run.State);
    }
}
