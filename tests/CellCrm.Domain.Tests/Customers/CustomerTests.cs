using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class CustomerTests
{
    [Fact]
    public void Constructor_NormalizesMobileAndIdNumber_AndDerivesBirthday()
    {
        var customer = new CustomerBuilder()
            .WithProfile(p => p with { Mobile = "138 0013 8000", IdType = IdDocumentType.MainlandIdCard, IdNumber = "11010519491231002x" })
            .Build();

        Assert.Equal("13800138000", customer.Mobile);
        Assert.Equal("11010519491231002X", customer.IdNumber);
        Assert.Equal(new DateOnly(1949, 12, 31), customer.Birthday);
        Assert.Equal(76, customer.AgeOn(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void Constructor_WhenIdCheckDigitWrong_ThrowsOnIdNumberField()
    {
        var builder = new CustomerBuilder().WithProfile(p => p with { IdType = IdDocumentType.MainlandIdCard, IdNumber = "320525197009184885" });

        var error = Assert.Throws<DomainException>(() => builder.Build());

        Assert.Equal(nameof(Customer.IdNumber), error.Field);
        Assert.Contains("校验位", error.Message);
    }

    [Fact]
    public void Constructor_WhenIdNumberWithoutType_Throws()
    {
        var builder = new CustomerBuilder().WithProfile(p => p with { IdNumber = "320525197009184880" });
        Assert.Equal(nameof(Customer.IdType), Assert.Throws<DomainException>(() => builder.Build()).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_WhenNameMissing_Throws(string name)
    {
        var builder = new CustomerBuilder().WithProfile(p => p with { Name = name });
        var error = Assert.Throws<DomainException>(() => builder.Build());
        Assert.Equal("请填写客户姓名", error.Message);
    }

    [Fact]
    public void Constructor_WhenNameTooLong_Throws()
    {
        var builder = new CustomerBuilder().WithProfile(p => p with { Name = new string('张', Customer.NameMaxLength + 1) });
        Assert.Equal($"客户姓名不能超过{Customer.NameMaxLength}个字符", Assert.Throws<DomainException>(() => builder.Build()).Message);
    }

    [Fact]
    public void UpdateProfile_WhenInvalid_LeavesCustomerUnchanged()
    {
        var customer = new CustomerBuilder().Build();

        Assert.Throws<DomainException>(() => customer.UpdateProfile(customer.ToProfile() with { Name = "李四", Mobile = "123" }));

        Assert.Equal("张晓梅", customer.Name);
        Assert.Equal("13800138000", customer.Mobile);
    }

    [Fact]
    public void SetTags_TrimsAndDeduplicates_AndRemovesDropped()
    {
        var customer = new CustomerBuilder().Build();
        customer.SetTags(["VIP", " VIP ", "高意向"]);
        customer.SetTags(["VIP", "已体检"]);

        Assert.Equal(["VIP", "已体检"], customer.Tags.Select(t => t.Name).Order());
    }

    [Fact]
    public void SetTags_WhenTooMany_Throws()
    {
        var customer = new CustomerBuilder().Build();
        Assert.Throws<DomainException>(() => customer.SetTags(Enumerable.Range(0, Customer.MaxTags + 1).Select(i => $"标签{i}")));
    }

    [Fact]
    public void AddFollowUp_RecordsAndSchedulesNext()
    {
        var customer = new CustomerBuilder().Build();
        var next = CustomerBuilder.Now.AddDays(3);

        customer.AddFollowUp(FollowUpType.Phone, "电话沟通体检安排", next, Guid.NewGuid(), CustomerBuilder.Now);

        Assert.Single(customer.FollowUps);
        Assert.Equal(next, customer.NextFollowUpAt);
        Assert.Equal(CustomerBuilder.Now, customer.LastFollowUpAt);
    }

    [Fact]
    public void AddFollowUp_WhenNextTimeInThePast_Throws()
    {
        var customer = new CustomerBuilder().Build();
        var error = Assert.Throws<DomainException>(() =>
            customer.AddFollowUp(FollowUpType.Phone, "内容", CustomerBuilder.Now.AddHours(-1), Guid.NewGuid(), CustomerBuilder.Now));
        Assert.Equal("下次跟进时间应晚于现在", error.Message);
    }
}
