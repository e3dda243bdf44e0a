using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class CustomerKeywordTests
{
    [Theory]
    [InlineData(null, CustomerKeywordKind.None, "")]
    [InlineData("  ", CustomerKeywordKind.None, "")]
    [InlineData("13800138000", CustomerKeywordKind.Mobile, "13800138000")]
    [InlineData(" 138 0013 8000 ", CustomerKeywordKind.Mobile, "13800138000")]
    [InlineData("11010519491231002x", CustomerKeywordKind.IdNumber, "11010519491231002X")]
    [InlineData("E12345678", CustomerKeywordKind.IdNumber, "E12345678")]
    [InlineData("张晓", CustomerKeywordKind.Name, "张晓")]
    [InlineData("Alice", CustomerKeywordKind.Name, "Alice")]
    [InlineData("138", CustomerKeywordKind.IncompleteNumber, "138")]
    public void Parse_ClassifiesTheEntry(string? text, CustomerKeywordKind kind, string value)
    {
        var keyword = CustomerKeyword.Parse(text);

        Assert.Equal((kind, value), (keyword.Kind, keyword.Value));
    }

    [Fact]
    public void Parse_WhenMainlandNumberHasWrongCheckDigit_IsStillAnExactNumberNotAName()
    {
        // An 18-digit entry is a number whatever its check digit; searching names with it would scan for nothing.
        Assert.NotEqual(CustomerKeywordKind.Name, CustomerKeyword.Parse("320525197009184885").Kind);
    }
}
