using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.OfflineCollections;
using static CellCrm.Domain.Tests.Contracts.ContractBuilder;

namespace CellCrm.Domain.Tests.OfflineCollections;

public class PrepaymentAccountTests
{
    private static Contract Order(long amountFen = 10_000_00)
    {
        var details = Details(ContractOrderType.PublicBank) with { BusinessType = ContractBusinessType.Prepayment };
        var order = new Contract("755YFK202611001", details, Guid.NewGuid(), Guid.NewGuid(), Now);
        order.PricePrepayment(Guid.NewGuid(), "YFK-PRESET", "预设预付款产品", amountFen);
        return order;
    }

    [Fact]
    public void PricePrepayment_OneLineAtTheAmount()
    {
        var order = Order(5_000_00);

        var line = Assert.Single(order.Lines);
        Assert.Equal(5_000_00, line.AmountAfterFen);
        Assert.Equal(5_000_00, order.AmountFen);
        Assert.Equal(0, order.DiscountFen);
    }

    [Fact]
    public void PricePrepayment_WithoutAmount_Throws_AndPriceRefusesCatalogueLines()
    {
        Assert.Throws<DomainException>(() => Order(0));
        var order = Order();
        var e = Assert.Throws<DomainException>(() => order.Price([StemLine()], null, null, Today));
        Assert.Equal("预付款订单的合同产品为预设预付款产品，请填写预付款金额", e.Message);
    }

    [Fact]
    public void PricePrepayment_OnAnotherBusinessType_Throws()
    {
        var contract = Draft();
        Assert.Throws<DomainException>(() => contract.PricePrepayment(Guid.NewGuid(), "YFK-PRESET", "预设预付款产品", 100));
    }

    [Fact]
    public void New_ForARealContract_Throws()
    {
        Assert.Throws<DomainException>(() => new PrepaymentAccount(Draft()));
    }

    [Fact]
    public void Deduct_WithinTheBalance_LowersIt()
    {
        var account = new PrepaymentAccount(Order());

        account.Deduct(6_000_00, Customer, paidFen: 10_000_00);
        account.Deduct(4_000_00, Customer, paidFen: 10_000_00);

        Assert.Equal(0, account.BalanceFen(10_000_00));
    }

    [Fact]
    public void Deduct_AboveTheBalance_ThrowsAndKeepsIt()
    {
        var account = new PrepaymentAccount(Order());
        account.Deduct(6_000_00, Customer, 10_000_00);

        var e = Assert.Throws<DomainException>(() => account.Deduct(4_000_01, Customer, 10_000_00));

        Assert.Equal("预付款余额不足：余额4,000.00元，本次抵扣4,000.01元", e.Message);
        Assert.Equal(4_000_00, account.BalanceFen(10_000_00));
    }

    [Fact]
    public void Deduct_NothingPaidYet_Throws()
    {
        var account = new PrepaymentAccount(Order());
        Assert.Throws<DomainException>(() => account.Deduct(1, Customer, 0));
    }

    [Fact]
    public void Deduct_ForAnotherCustomer_Throws()
    {
        var account = new PrepaymentAccount(Order());
        Assert.Equal("只能抵扣该客户本人的预付款订单",
            Assert.Throws<DomainException>(() => account.Deduct(100, Guid.NewGuid(), 10_000_00)).Message);
    }

    [Fact]
    public void Restore_GivesTheAmountBack_ButNotMoreThanDeducted()
    {
        var account = new PrepaymentAccount(Order());
        account.Deduct(3_000_00, Customer, 10_000_00);

        account.Restore(3_000_00);
        Assert.Equal(10_000_00, account.BalanceFen(10_000_00));
        Assert.Throws<DomainException>(() => account.Restore(1));
    }
}
