using CellCrm.Domain.Common;

namespace CellCrm.Domain.Tests.Common;

public class MaskingTests
{
    [Fact]
    public void Mobile_KeepsFirstThreeAndLastFour() => Assert.Equal("138****8000", Masking.Mobile("13800138000"));

    [Fact]
    public void IdNumber_KeepsFirstThreeAndLastFour() => Assert.Equal("320***********4880", Masking.IdNumber("320525197009184880"));

    [Fact]
    public void Empty_StaysEmpty()
    {
        Assert.Equal("", Masking.Mobile(null));
        Assert.Equal("", Masking.IdNumber(""));
    }
}
