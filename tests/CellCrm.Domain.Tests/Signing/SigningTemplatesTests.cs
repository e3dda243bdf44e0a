using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Documents;
using CellCrm.Domain.Signing;
using CellCrm.Domain.Signing.Templates;

namespace CellCrm.Domain.Tests.Signing;

public class SigningTemplatesTests
{
    private static ContractSigningData ContractData(string? guardian = null) => new("7554202611000001", "营销中心细胞健康", "张晓梅", "居民身份证 110***********1234",
        "138****8000", "深圳市第一人民医院 / 产科", "深圳市", "电子储存证", true, "开放日政策",
        [new("SC-UC-TBF 脐带间充质（干细胞）", 1, 68_000_00, 68_000_00, 61_200_00), new("IC-CIK-RX CIK（免疫细胞）", 1, 19_800_00, 19_800_00, 19_800_00)],
        87_800_00, 81_000_00, guardian);

    [Theory]
    [InlineData(ContractBusinessType.NewbornStemCell, "新生儿干细胞存储服务合同")]
    [InlineData(ContractBusinessType.PeripheralImmuneCell, "外周血免疫细胞存储服务合同")]
    [InlineData(ContractBusinessType.DentalPulpStemCell, "牙髓干细胞存储服务合同")]
    [InlineData(ContractBusinessType.CellHealth, "细胞健康服务合同")]
    [InlineData(ContractBusinessType.Prepayment, "细胞服务预付款协议")]
    public void ForContract_EveryBusinessTypeHasATemplate(ContractBusinessType type, string title)
    {
        var template = SigningTemplates.ForContract(type);

        Assert.Equal(title, template.Title);
        Assert.Equal(SignableDocumentKind.Contract, template.Kind);
    }

    [Fact]
    public void ContractTemplate_PrintsPartiesLinesAndAmounts_WithSignatureAndSealFields()
    {
        var template = SigningTemplates.ForContract(ContractBusinessType.CellHealth);

        var model = template.Build(template.Write(ContractData()));

        var text = Text(model);
        foreach (var expected in new[] { "张晓梅", "SC-UC-TBF 脐带间充质（干细胞） × 1", "原价 ¥68,000.00　优惠后 ¥61,200.00", "¥81,000.00", "开放日政策", "拯救慢飞天使" })
        {
            Assert.Contains(expected, text);
        }

        Assert.Equal([SignatureFields.Customer, SignatureFields.Company], model.Blocks.OfType<SignatureFieldBlock>().Select(f => f.Name));
        Assert.Equal(SignatureFields.Company, model.SealFieldName);
        Assert.Contains("contract-cellhealth 第 1 版", model.Subtitle);
    }

    [Fact]
    public void ContractTemplate_WithAGuardian_HasTheGuardiansField()
    {
        var template = SigningTemplates.ForContract(ContractBusinessType.NewbornStemCell);

        var model = template.Build(template.Write(ContractData("李建国")));

        Assert.Equal([SignatureFields.Customer, SignatureFields.Guardian, SignatureFields.Company],
            model.Blocks.OfType<SignatureFieldBlock>().Select(f => f.Name));
        Assert.Contains("监护人李建国", Text(model));
    }

    [Fact]
    public void EveryTemplate_FillsFromItsDataRecord()
    {
        var r03 = SigningTemplates.Latest<TerminationTemplate>(SigningTemplates.R03);
        var r04 = SigningTemplates.Latest<TerminationTemplate>(SigningTemplates.R04);
        var change = SigningTemplates.Latest<StorageChangeTemplate>(SigningTemplates.StorageChangeCode);
        var notice = SigningTemplates.Latest<NoticeLetterTemplate>(SigningTemplates.NoticeLetterCode);
        var extraction = SigningTemplates.Latest<CellExtractionTemplate>(SigningTemplates.CellExtractionCode);
        var handover = SigningTemplates.Latest<CellHandoverTemplate>(SigningTemplates.CellHandoverCode);
        var termination = new TerminationData("R03-0001", "7554202611000001", "张晓梅", null, "脐带间充质", "个人原因", 10_000_00, 10_000_00);

        Assert.Contains("尚未采集", Text(r03.Build(r03.Write(termination))));
        Assert.Contains("已完成采集", Text(r04.Build(r04.Write(termination with { AgreementNumber = "R04-0001" }))));
        Assert.Contains("三存", Text(change.Build(change.Write(new StorageChangeData("BG-1", "7554", "张晓梅", null, "三存", "双存", 3, 2)))));
        Assert.Contains("存储费调整", Text(notice.Build(notice.Write(new NoticeLetterData("GZ-1", "7554", "张晓梅", "存储费调整", "存储费自明年起调整。")))));
        Assert.Contains("科研", Text(extraction.Build(extraction.Write(new CellExtractionData("TQ-1", "7554", "张晓梅", null, "间充质干细胞", "1 袋", "科研", "协和", "2026-12-01")))));
        var form = handover.Build(handover.Write(new CellHandoverData("JJ-1", "7554", "张晓梅", null, [new("干细胞冻存袋", "S-01", "1 袋", "完好")], "2026-12-01 10:00", "深圳", "王五", "李建国")));
        Assert.Contains("干细胞冻存袋（S-01）", Text(form));
        Assert.Contains(SignatureFields.Guardian, form.Blocks.OfType<SignatureFieldBlock>().Select(f => f.Name));
        Assert.Equal(6, new ISigningTemplate[] { r03, r04, change, notice, extraction, handover }.Select(t => t.Kind).Distinct().Count());
    }

    [Fact]
    public void Find_KeepsTheVersionADocumentWasMadeFrom_AndUnknownIsRefused()
    {
        var template = SigningTemplates.Find("contract-newborn", 1);

        Assert.Equal("contract-newborn", template.Code);
        Assert.Throws<DomainException>(() => SigningTemplates.Find("contract-newborn", 99));
        Assert.Equal("文件数据无效，请重新生成", Assert.Throws<DomainException>(() => template.Build("not json")).Message);
        Assert.Equal(SigningTemplates.All.Count, SigningTemplates.All.Select(t => (t.Code, t.Version)).Distinct().Count());
    }

    private static string Text(DocumentModel model) => string.Join("\n", model.Blocks.Select(b => b switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        KeyValueTableBlock t => string.Join("\n", t.Rows.Select(r => r.Key + "：" + r.Value)),
        SignatureFieldBlock f => f.Label,
        _ => "",
    }));
}
