using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class MobileNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData(" 138-0013-8000 ")]
    [InlineData("19912345678")]
    public void Validate_MainlandMobile_Accepts(string mobile) => Assert.Null(MobileNumber.Validate(mobile));

    [Theory]
    [InlineData("1380013800", "手机号码应为11位中国大陆手机号")]
    [InlineData("12800138000", "手机号码应为11位中国大陆手机号")]
    [InlineData("1380013800a", "手机号码应为11位中国大陆手机号")]
    [InlineData("", "请填写手机号码")]
    public void Validate_Invalid_RejectsWithMessage(string mobile, string expected) => Assert.Equal(expected, MobileNumber.Validate(mobile));
}
