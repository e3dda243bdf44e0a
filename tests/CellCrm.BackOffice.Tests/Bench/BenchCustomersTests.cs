using CellCrm.Bench.Seeder;
using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Tests.Bench;

public class BenchCustomersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(1_000)]
    [InlineData(999_999)]
    [InlineData(BenchCustomers.MaxCount - 1)]
    public void Profile_PassesTheCustomerRules(int number)
    {
        var profile = BenchCustomers.Profile(number);

        Assert.Null(MobileNumber.Validate(profile.Mobile));
        Assert.Null(IdDocument.Validate(IdDocumentType.MainlandIdCard, profile.IdNumber));
        var customer = new Customer(profile, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow);
        Assert.Equal(profile.Mobile, customer.Mobile);
    }

    [Fact]
    public void MobileAndIdNumber_AreUniqueOverAMillionCustomers()
    {
        var mobiles = new HashSet<string>();
        var ids = new HashSet<string>();
        for (var n = 0; n < 1_000_000; n++)
        {
            Assert.True(mobiles.Add(BenchCustomers.Mobile(n)));
            Assert.True(ids.Add(BenchCustomers.IdNumber(n)));
        }
    }

    [Fact]
    public void IdNumber_SeventeenthDigit_MatchesGender()
    {
        Assert.Equal(Gender.Male, BenchCustomers.GenderOf(1));
        Assert.Equal('1', BenchCustomers.IdNumber(1)[16]);
        Assert.Equal(Gender.Female, BenchCustomers.GenderOf(2));
        Assert.Equal('2', BenchCustomers.IdNumber(2)[16]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(BenchCustomers.MaxCount)]
    public void Mobile_OutOfRange_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchCustomers.Mobile(number));
}
