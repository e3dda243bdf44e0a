using CellCrm.Domain.Common;
using CellCrm.Domain.Invoices;

namespace CellCrm.Domain.Tests.Invoices;

public class InvoiceApplicationTests
{
    // 2026-11-27 10:00 China time.
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static InvoiceApplication Apply(InvoiceTitleType type = InvoiceTitleType.Company, string? taxId = "91350100M000100Y43",
        long amount = 500_00, long invoiceable = 1_000_00, string email = "finance@example.com", string title = "深圳某某科技有限公司") =>
        new("KPSQ202611001", Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), type, title, taxId, amount, invoiceable, email,
            Guid.CreateVersion7(), Guid.CreateVersion7(), Now);

    [Theory]
    [InlineData("91350100M000100Y43", "91350100M000100Y43")]
    [InlineData("91350100m000100y43", "91350100M000100Y43")]
    [InlineData("9135 0100 M000 100Y 43", "91350100M000100Y43")]
    [InlineData("91350100M000100Y44", null)]
    [InlineData("91350100M000100Y4", null)]
    [InlineData("91350100I000100Y43", null)]
    [InlineData("", null)]
    public void CreditCode_Normalize_ChecksLengthAlphabetAndCheckCharacter(string text, string? expected) =>
        Assert.Equal(expected, CreditCode.Normalize(text));

    [Fact]
    public void New_Company_KeepsTheNormalizedTaxId_AndIsPending()
    {
        var application = Apply(taxId: "91350100m000100y43");

        Assert.Equal(("91350100M000100Y43", InvoiceApplicationStatus.Pending, true),
            (application.TaxId, application.Status, application.CountsAgainstReceived));
    }

    [Theory]
    [InlineData(null, "请填写纳税人识别号")]
    [InlineData("91350100M000100Y44", "纳税人识别号应为18位统一社会信用代码，请核对")]
    public void New_CompanyWithoutAValidTaxId_Throws(string? taxId, string message)
    {
        var error = Assert.Throws<DomainException>(() => Apply(taxId: taxId));

        Assert.Equal((message, "TaxId"), (error.Message, error.Field));
    }

    [Fact]
    public void New_Personal_NeedsNoTaxId_AndDropsOneGiven() =>
        Assert.Null(Apply(InvoiceTitleType.Personal, "91350100M000100Y43", title: "张晓梅").TaxId);

    [Fact]
    public void New_AmountAboveWhatMayStillBeInvoiced_Throws_ButExactlyThatIsFine()
    {
        var error = Assert.Throws<DomainException>(() => Apply(amount: 1_000_01, invoiceable: 1_000_00));
        Assert.Equal(("开票金额不能超过可开票金额1,000.00元", "AmountFen"), (error.Message, error.Field));
        Assert.Equal("请填写大于0的开票金额", Assert.Throws<DomainException>(() => Apply(amount: 0)).Message);

        Assert.Equal(1_000_00, Apply(amount: 1_000_00, invoiceable: 1_000_00).AmountFen);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("a b@c.com")]
    public void New_BadEmail_Throws(string email) =>
        Assert.Equal("请填写正确的邮箱地址", Assert.Throws<DomainException>(() => Apply(email: email)).Message);

    [Fact]
    public void Issue_RecordsTheInvoice_AndCannotBeDecidedAgain()
    {
        var application = Apply();
        var file = Guid.CreateVersion7();

        application.Issue("26442000000012345678", new DateOnly(2026, 11, 27), file, Guid.CreateVersion7(), Now);

        Assert.Equal((InvoiceApplicationStatus.Issued, "26442000000012345678", (DateOnly?)new DateOnly(2026, 11, 27), (Guid?)file, true),
            (application.Status, application.InvoiceNumber, application.InvoiceDate, application.AttachmentFileId, application.CountsAgainstReceived));
        Assert.Equal("开票申请KPSQ202611001已开票，不能再处理",
            Assert.Throws<DomainException>(() => application.Reject("重复", Guid.CreateVersion7(), Now)).Message);
    }

    [Theory]
    [InlineData("1234567", "2026-11-27", "发票号码应为8至20位数字")]
    [InlineData("12345678A", "2026-11-27", "发票号码应为8至20位数字")]
    [InlineData("12345678", "2026-11-28", "开票日期不能晚于今天")]
    [InlineData("12345678", "2026-11-26", "开票日期不能早于申请日期")]
    public void Issue_BadNumberOrDate_Throws(string number, string date, string message) =>
        Assert.Equal(message, Assert.Throws<DomainException>(() =>
            Apply().Issue(number, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null, Guid.CreateVersion7(), Now)).Message);

    [Fact]
    public void Reject_NeedsAReason_AndNoLongerCountsAgainstReceived()
    {
        var application = Apply();
        Assert.Equal("请填写驳回原因", Assert.Throws<DomainException>(() => application.Reject(" ", Guid.CreateVersion7(), Now)).Message);

        application.Reject("抬头与营业执照不一致", Guid.CreateVersion7(), Now);

        Assert.Equal((InvoiceApplicationStatus.Rejected, "抬头与营业执照不一致", false),
            (application.Status, application.RejectionReason, application.CountsAgainstReceived));
    }
}
