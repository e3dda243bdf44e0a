using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;

namespace CellCrm.Domain.Tests.Catalog;

public class ProductTests
{
    private static Product NewProduct() =>
        new("UC-R-20", ProductType.StemCell, "脐带间充质-复苏提取-2.0X10^7", "复苏提取", "2.0X10^7", "两个工作日内", null, "3个工作日后可安排", null);

    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    public void SetListPrice_NotPositive_Throws(long fen)
    {
        var product = NewProduct();

        var e = Assert.Throws<DomainException>(() => product.SetListPrice(fen));

        Assert.Equal("价格必须大于0", e.Message);
        Assert.Null(product.ListPriceFen);
    }

    [Fact]
    public void SetListPrice_Positive_IsKept()
    {
        var product = NewProduct();

        product.SetListPrice(1_280_000);

        Assert.Equal(1_280_000, product.ListPriceFen);
    }

    [Fact]
    public void Describe_MissingCellType_ThrowsOnField()
    {
        var product = NewProduct();

        var e = Assert.Throws<DomainException>(() => product.Describe(ProductType.StemCell, "名称", " ", null, null, null, null, null));

        Assert.Equal(nameof(Product.CellType), e.Field);
        Assert.Equal("请填写细胞类型", e.Message);
    }

    [Fact]
    public void Deactivate_ThenActivate_TogglesAndRefusesRepeats()
    {
        var product = NewProduct();

        product.Deactivate();
        Assert.Throws<DomainException>(product.Deactivate);
        product.Activate();

        Assert.True(product.IsActive);
        Assert.Throws<DomainException>(product.Activate);
    }

    [Fact]
    public void Hospital_Update_ValidatesAndKeepsDepartments()
    {
        var hospital = new Hospital("深圳市妇幼保健院", "深圳", "福田", "产科");

        hospital.Update("深圳市妇幼保健院", "深圳", null, "产科、血液科");

        Assert.Equal("产科、血液科", hospital.Departments);
        Assert.Equal("请填写城市", Assert.Throws<DomainException>(() => hospital.Update("深圳市妇幼保健院", "", null, null)).Message);
        Assert.Throws<DomainException>(() => hospital.Update("深圳市妇幼保健院", "深圳", null, new string('科', Hospital.DepartmentsMaxLength + 1)));
    }
}
