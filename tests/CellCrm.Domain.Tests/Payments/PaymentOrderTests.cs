using CellCrm.Domain.Common;
using CellCrm.Domain.Payments;

namespace CellCrm.Domain.Tests.Payments;

public class PaymentOrderTests
{
    [Theory]
    [InlineData("CC2026112700001")]
    [InlineData("abc-_*")]
    [InlineData("A1234567890123456789012345678901")]
    public void OutTradeNo_WithinWeChatPayRules_IsAccepted(string value) =>
        Assert.Equal(value, new JsapiOrder(value, "细胞储存费", 100, "openid").OutTradeNo);

    [Theory]
    [InlineData("CC2026|1127")]
    [InlineData("A12345678901234567890123456789012")]
    [InlineData("AB123")]
    [InlineData("订单2026112700001")]
    [InlineData("CC 20261127")]
    public void OutTradeNo_OutsideTheRules_Throws(string value)
    {
        var error = Assert.Throws<DomainException>(() => new JsapiOrder(value, "细胞储存费", 100, "openid"));

        Assert.Equal("商户订单号应为6–32位字母、数字或 _ - * 字符", error.Message);
        Assert.Equal("OutTradeNo", error.Field);
    }

    [Fact]
    public void JsapiOrder_ZeroAmountOrLongDescription_Throws()
    {
        Assert.Equal("支付金额应大于0", Assert.Throws<DomainException>(() => new JsapiOrder("CC20261127", "细胞储存费", 0, "openid")).Message);
        Assert.Equal("商品描述不能超过127个字符",
            Assert.Throws<DomainException>(() => new JsapiOrder("CC20261127", new string('费', 128), 1, "openid")).Message);
        Assert.Equal("附加数据不能超过128个字符",
            Assert.Throws<DomainException>(() => new JsapiOrder("CC20261127", "费", 1, "openid", attach: new string('a', 129))).Message);
    }

    [Fact]
    public void RefundOrder_AboveTheOrderTotalOrWithBadNumber_Throws()
    {
        Assert.Equal("退款金额应大于0且不超过原订单金额",
            Assert.Throws<DomainException>(() => new RefundOrder("CC20261127", "RF1", 101, 100)).Message);
        Assert.Equal("退款单号应为1–64位字母、数字或 _ - * @ 字符",
            Assert.Throws<DomainException>(() => new RefundOrder("CC20261127", "RF|1", 1, 100)).Message);
        Assert.Equal(100, new RefundOrder("CC20261127", "RF1", 100, 100).RefundFen);
    }
}
