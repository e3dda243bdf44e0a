using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

public class IdDocumentTests
{
    [Theory]
    [InlineData("320525197009184880")]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    public void Validate_MainlandWithCorrectCheckDigit_Accepts(string number) =>
        Assert.Null(IdDocument.Validate(IdDocumentType.MainlandIdCard, number));

    [Fact]
    public void Validate_MainlandWithWrongCheckDigit_RejectsWithChineseMessage()
    {
        // The example of the issue: its check digit should be 0, not 5.
        var error = IdDocument.Validate(IdDocumentType.MainlandIdCard, "320525197009184885");
        Assert.Equal("居民身份证号码校验位不正确，请核对", error);
    }

    [Theory]
    [InlineData("32052519700918488", "居民身份证号码应为18位，前17位为数字，最后一位为数字或X")]
    [InlineData("320525197013184886", "居民身份证号码中的出生日期无效")]
    [InlineData("", "请填写证件号码")]
    public void Validate_MainlandMalformed_Rejects(string number, string expected) =>
        Assert.Equal(expected, IdDocument.Validate(IdDocumentType.MainlandIdCard, number));

    [Theory]
    [InlineData(IdDocumentType.HongKongMacauPermit, "H12345678", true)]
    [InlineData(IdDocumentType.HongKongMacauPermit, "M1234567890", true)]
    [InlineData(IdDocumentType.HongKongMacauPermit, "A12345678", false)]
    [InlineData(IdDocumentType.TaiwanPermit, "12345678", true)]
    [InlineData(IdDocumentType.TaiwanPermit, "1234567", false)]
    [InlineData(IdDocumentType.Passport, "E12345678", true)]
    [InlineData(IdDocumentType.Passport, "E1", false)]
    [InlineData(IdDocumentType.ForeignPermanentResidentCard, "USA123456789012", true)]
    [InlineData(IdDocumentType.ForeignPermanentResidentCard, "US123", false)]
    public void Validate_OtherTypes_FollowTheirFormats(IdDocumentType type, string number, bool valid) =>
        Assert.Equal(valid, IdDocument.Validate(type, number) is null);

    [Fact]
    public void Validate_NewForeignPermanentResidentCard_UsesTheMainlandCheckDigit()
    {
        const string body = "93315619900101001";
        Assert.Null(IdDocument.Validate(IdDocumentType.ForeignPermanentResidentCard, body + IdDocument.MainlandCheckCharacter(body)));
    }

    [Fact]
    public void BirthDate_OfMainlandNumber_IsReadFromDigits7To14() =>
        Assert.Equal(new DateOnly(1970, 9, 18), IdDocument.BirthDate(IdDocumentType.MainlandIdCard, "320525197009184880"));
}
