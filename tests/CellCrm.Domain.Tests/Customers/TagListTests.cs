using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class TagListTests
{
    [Theory]
    [InlineData("VIP,高意向", new[] { "VIP", "高意向" })]
    [InlineData(" VIP ， 高意向、老客户；复购 ", new[] { "VIP", "高意向", "老客户", "复购" })]
    [InlineData("VIP,,VIP、", new[] { "VIP" })]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void Parse_SplitsOnChineseAndLatinSeparators_TrimsAndDeduplicates(string? text, string[] expected)
    {
        Assert.Equal(expected, TagList.Parse(text));
    }

    [Fact]
    public void Format_ThenParse_RoundTrips()
    {
        string[] tags = ["VIP", "高意向"];

        Assert.Equal(tags, TagList.Parse(TagList.Format(tags)));
    }
}
