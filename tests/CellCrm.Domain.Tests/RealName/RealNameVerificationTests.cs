using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.RealName;
using CellCrm.Domain.Tests.Customers;

namespace CellCrm.Domain.Tests.RealName;

public class RealNameVerificationTests
{
    private static readonly DateTimeOffset Now = CustomerBuilder.Now;
    private static readonly RealNameApplicant Applicant = RealNameApplicant.Create(" 张晓梅 ", IdDocumentType.MainlandIdCard, "440305 19850312002x".Replace("x", "8"), "138 0013 8000");

    [Fact]
    public void Create_NormalisesTheApplicant()
    {
        Assert.Equal("张晓梅", Applicant.Name);
        Assert.Equal("440305198503120028", Applicant.IdNumber);
        Assert.Equal("13800138000", Applicant.Mobile);
    }

    [Theory]
    [InlineData("", "440305198503120028", "13800138000", "Name", "请填写姓名")]
    [InlineData("张晓梅", "440305198503120021", "13800138000", "IdNumber", "居民身份证号码校验位不正确，请核对")]
    [InlineData("张晓梅", "440305198503120028", "2380013800", "Mobile", "手机号码应为11位中国大陆手机号")]
    public void Create_WithAnInvalidField_NamesTheField(string name, string id, string mobile, string field, string message)
    {
        var e = Assert.Throws<DomainException>(() => RealNameApplicant.Create(name, IdDocumentType.MainlandIdCard, id, mobile));
        Assert.Equal(field, e.Field);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void CompleteByFace_BindsTheCustomer_AndKeepsTheEvidence()
    {
        var customer = new CustomerBuilder().Build();
        var v = RealNameVerification.CompleteByFace("openid-1", Applicant, new FaceEvidence("sandbox", "req-1", true, 96.5m, Now), customer, Now);

        Assert.Equal(RealNameStatus.Completed, v.Status);
        Assert.Equal(customer.Id, v.CustomerId);
        Assert.Equal("openid-1", customer.WeChatOpenId);
        Assert.True(customer.IsRealNameVerified);
        Assert.Equal(96.5m, v.FaceScore);
        Assert.Equal("req-1", v.FaceRequestId);
    }

    [Fact]
    public void CompleteByFace_WhenTheFaceCheckFailed_Throws()
    {
        var customer = new CustomerBuilder().Build();
        Assert.Throws<DomainException>(() => RealNameVerification.CompleteByFace("openid-1", Applicant, new FaceEvidence("sandbox", "req-1", false, 20m, Now), customer, Now));
        Assert.False(customer.IsRealNameVerified);
    }

    [Fact]
    public void SubmitForReview_IsPendingWithA24HourDeadline()
    {
        var v = Manual();
        Assert.Equal(RealNameStatus.Pending, v.Status);
        Assert.Equal(Now.AddHours(24), v.Deadline);
        Assert.False(v.IsOverdue(Now.AddHours(23)));
        Assert.True(v.IsOverdue(Now.AddHours(24).AddMinutes(1)));
    }

    [Fact]
    public void Approve_BindsTheChosenCustomer_AndRecordsTheReviewer()
    {
        var v = Manual();
        var customer = new CustomerBuilder().Build();
        var reviewer = Guid.NewGuid();

        v.Approve(customer, reviewer, "周客服", Now.AddHours(1));

        Assert.Equal(RealNameStatus.Approved, v.Status);
        Assert.Equal(customer.Id, v.CustomerId);
        Assert.Equal(reviewer, v.ReviewerId);
        Assert.Equal("openid-1", customer.WeChatOpenId);
        Assert.False(v.IsOverdue(Now.AddHours(30)));
    }

    [Fact]
    public void Reject_WithoutAReason_Throws_AndStaysPending()
    {
        var v = Manual();
        var e = Assert.Throws<DomainException>(() => v.Reject("  ", Guid.NewGuid(), "周客服", Now));
        Assert.Equal("请填写驳回原因", e.Message);
        Assert.Equal(RealNameStatus.Pending, v.Status);
    }

    [Fact]
    public void Decide_Twice_Throws()
    {
        var v = Manual();
        v.Reject("证件照片不清晰", Guid.NewGuid(), "周客服", Now);

        Assert.Throws<DomainException>(() => v.Approve(new CustomerBuilder().Build(), Guid.NewGuid(), "周客服", Now));
        Assert.Throws<DomainException>(() => v.Reject("再次驳回", Guid.NewGuid(), "周客服", Now));
        Assert.Equal("证件照片不清晰", v.RejectReason);
    }

    [Fact]
    public void CompleteRealNameVerification_OfACustomerBoundToAnotherAccount_Throws()
    {
        var customer = new CustomerBuilder().Build();
        customer.CompleteRealNameVerification("openid-1", Now);

        var e = Assert.Throws<DomainException>(() => customer.CompleteRealNameVerification("openid-2", Now));
        Assert.Contains("已绑定其他微信账号", e.Message);
        Assert.Equal("openid-1", customer.WeChatOpenId);
    }

    [Fact]
    public void EnsureRealNameVerified_BeforeVerification_RefusesSigningPushes()
    {
        var customer = new CustomerBuilder().Build();
        Assert.Equal("客户未实名，无法推送", Assert.Throws<DomainException>(customer.EnsureRealNameVerified).Message);

        customer.CompleteRealNameVerification("openid-1", Now);
        customer.EnsureRealNameVerified();
    }

    private static RealNameVerification Manual() =>
        RealNameVerification.SubmitForReview("openid-1", Applicant, "2026/11/front", "2026/11/back", null, "客户选择人工审核", Now);
}
