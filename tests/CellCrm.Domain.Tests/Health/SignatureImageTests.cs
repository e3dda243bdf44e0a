using CellCrm.Domain.Common;
using CellCrm.Domain.Health;
using CellCrm.Testing;

namespace CellCrm.Domain.Tests.Health;

public class SignatureImageTests
{
    [Theory]
    [InlineData((byte)0)]
    [InlineData((byte)1)]
    public void FromPng_WithAStroke_CountsItsInk(byte filter)
    {
        var signature = SignatureImage.FromPng(SignaturePngs.Stroke(filter: filter));

        // 300 columns, a stroke three pixels thick (a little more where the curve is steep).
        Assert.InRange(signature.InkPixels, 900, 3000);
    }

    [Fact]
    public void FromPng_OfAnEmptyCanvas_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => SignatureImage.FromPng(SignaturePngs.Blank(), "Signature"));

        Assert.Equal("签名为空，请先签名，后提交", e.Message);
        Assert.Equal("Signature", e.Field);
    }

    [Fact]
    public void FromPng_OfASingleTap_IsRefused()
    {
        Assert.Equal("签名为空，请先签名，后提交", Assert.Throws<DomainException>(() => SignatureImage.FromPng(SignaturePngs.Dot())).Message);
    }

    [Fact]
    public void FromPng_WithNothing_AsksToSignFirst()
    {
        Assert.Equal("请先签名，后提交", Assert.Throws<DomainException>(() => SignatureImage.FromPng([])).Message);
        Assert.Equal("请先签名，后提交", Assert.Throws<DomainException>(() => SignatureImage.FromPng(null)).Message);
    }

    [Fact]
    public void FromPng_OfSomethingElse_IsRefused()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9 };
        var truncated = SignaturePngs.Stroke()[..60];
        var damaged = SignaturePngs.Stroke();
        damaged[^20] ^= 0xFF; // inside the image data: its chunk's CRC no longer matches

        Assert.Equal("签名图片无效，请清除后重新签名", Assert.Throws<DomainException>(() => SignatureImage.FromPng(jpeg)).Message);
        Assert.Equal("签名图片无效，请清除后重新签名", Assert.Throws<DomainException>(() => SignatureImage.FromPng(truncated)).Message);
        Assert.Equal("签名图片无效，请清除后重新签名", Assert.Throws<DomainException>(() => SignatureImage.FromPng(damaged)).Message);
    }
}
