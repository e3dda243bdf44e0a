using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.Tasks;
using CellCrm.Domain.Tests.Customers;

namespace CellCrm.Domain.Tests.Tasks;

public class CustomerTaskTests
{
    private static readonly DateTimeOffset Now = CustomerBuilder.Now;
    private static readonly Guid Staff = Guid.NewGuid();

    private static Customer Verified()
    {
        var customer = new CustomerBuilder().Build();
        customer.CompleteRealNameVerification("oOpenId123", Now);
        return customer;
    }

    private static PushedTask Push(Customer customer, CustomerTaskType type, DateOnly? due = null, string key = "k1") =>
        CustomerTask.Push(customer, new NewTask(type, "请签署细胞储存合同", due), Staff, "郭顾问", key, Now);

    [Theory]
    [InlineData(CustomerTaskType.ContractSigning)]
    [InlineData(CustomerTaskType.HandoverSigning)]
    public void Push_SigningTaskToUnverifiedCustomer_IsRefused(CustomerTaskType type)
    {
        var customer = new CustomerBuilder().Build();

        var e = Assert.Throws<DomainException>(() => Push(customer, type));

        Assert.Equal("客户未实名，无法推送", e.Message);
    }

    [Fact]
    public void Push_NonSigningTaskToUnverifiedCustomer_IsAllowed()
    {
        var pushed = Push(new CustomerBuilder().Build(), CustomerTaskType.HealthSurvey);

        Assert.Equal(CustomerTaskState.Pending, pushed.Task.State);
        Assert.Equal(TemplateKeys.ServiceProgress, pushed.Message.TemplateKey);
    }

    [Fact]
    public void Push_SigningTaskToVerifiedCustomer_CreatesTaskAndQueuedMessageLinkingToIt()
    {
        var customer = Verified();

        var pushed = Push(customer, CustomerTaskType.ContractSigning, new DateOnly(2026, 11, 30), "push:abc");

        Assert.Equal(customer.Id, pushed.Task.CustomerId);
        Assert.Equal("郭顾问", pushed.Task.CreatedByName);
        Assert.Equal(OutboxState.Queued, pushed.Message.State);
        Assert.Equal(OutboxChannel.Template, pushed.Message.Channel);
        Assert.Equal(TemplateKeys.SigningReminder, pushed.Message.TemplateKey);
        Assert.Equal(pushed.Task.Id, pushed.Message.TaskId);
        Assert.Equal($"/Tasks/{pushed.Task.Id}", pushed.Message.Url);
        Assert.Equal("push:abc", pushed.Message.IdempotencyKey);
        Assert.Equal("2026-11-30", pushed.Message.Fields[TemplateFields.Due]);
        Assert.Equal("张晓梅", pushed.Message.Fields[TemplateFields.Name]);
        Assert.Equal(Now, pushed.Message.NextAttemptAt);
    }

    [Fact]
    public void Push_DueDateInThePast_IsRefusedOnThatField()
    {
        var e = Assert.Throws<DomainException>(() => Push(Verified(), CustomerTaskType.Payment, new DateOnly(2026, 11, 22)));

        Assert.Equal("截止日期不能早于今天", e.Message);
        Assert.Equal(nameof(NewTask.DueDate), e.Field);
    }

    [Fact]
    public void Push_BlankTitle_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() =>
            CustomerTask.Push(Verified(), new NewTask(CustomerTaskType.Payment, "  ", null), Staff, "郭顾问", "k", Now));

        Assert.Equal("请填写任务标题", e.Message);
    }

    [Fact]
    public void Push_CustomerInPool_IsRefused()
    {
        var customer = new CustomerBuilder().Build();
        customer.ReleaseToPool(Now);

        var e = Assert.Throws<DomainException>(() => Push(customer, CustomerTaskType.Reminder));

        Assert.Contains("不是正常状态", e.Message);
    }

    [Fact]
    public void Complete_PendingTask_IsDone_AndCannotBeCancelledAfterwards()
    {
        var task = Push(Verified(), CustomerTaskType.ExamChecklist).Task;

        task.Complete(Now.AddHours(1));

        Assert.Equal(CustomerTaskState.Done, task.State);
        Assert.Equal(Now.AddHours(1), task.CompletedAt);
        var e = Assert.Throws<DomainException>(() => task.Cancel(Now.AddHours(2)));
        Assert.Equal("任务“请签署细胞储存合同”已完成，不能再更改", e.Message);
        Assert.Equal(CustomerTaskState.Done, task.State);
    }

    [Fact]
    public void Cancel_PendingTask_IsCancelled_AndCannotBeCompleted()
    {
        var task = Push(Verified(), CustomerTaskType.Payment).Task;

        task.Cancel(Now);

        Assert.Equal(CustomerTaskState.Cancelled, task.State);
        Assert.Throws<DomainException>(() => task.Complete(Now));
        Assert.Equal(CustomerTaskState.Cancelled, task.State);
    }

    [Fact]
    public void CompleteRealNameVerification_BindsOpenIdAndMarksVerified()
    {
        var customer = new CustomerBuilder().Build();
        Assert.False(customer.IsRealNameVerified);

        customer.CompleteRealNameVerification("oOpenId123", Now);

        Assert.True(customer.IsRealNameVerified);
        Assert.Equal("oOpenId123", customer.WeChatOpenId);
    }
}
