using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Health;
using CellCrm.Testing;

namespace CellCrm.Domain.Tests.Health;

public class SubmittedQuestionnaireTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly string Sha = new('a', 64);

    private readonly Customer _zhang = Verified(new Customer(new CustomerProfile { Name = "张晓梅", Mobile = "13800138000" }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now));
    private readonly QuestionnaireTemplate _template = new(DefaultQuestionnaire.Name, null, DefaultQuestionnaire.Definition, Guid.NewGuid(), Now);

    private static Customer Verified(Customer customer)
    {
        customer.CompleteRealNameVerification("o-zhang", Now);
        return customer;
    }

    private DemandList ListFor(Guid recipient) => new("DML202611001", new DemandDetails(recipient, null, DonorRelationship.Self, null, null, null, null,
        CellSource.Autologous, IntendedCellProduct.StemCell, "抗衰", "身体健康", "改善睡眠", null, Guid.NewGuid()), "孙专家", Guid.NewGuid(), Guid.NewGuid(), Now);

    private static Dictionary<string, Answer> Complete() => new()
    {
        ["family_chronic"] = new Answer(Yes: false, Detail: "不该留下"),
        ["family_tumour"] = new Answer(Yes: true, Detail: " 祖父肺癌 "),
        ["allergy"] = new Answer(Yes: false),
        ["disease_history"] = new Answer(Yes: false),
        ["main_complaint"] = new Answer(Text: " 睡眠欠佳 "),
        ["contraindications"] = new Answer(Choices: [DefaultQuestionnaire.NoneOfTheAbove]),
    };

    private SubmittedQuestionnaire Submit(DemandList list, Customer customer, Dictionary<string, Answer> answers) =>
        new(list, customer, "张晓梅", _template, _template.CurrentVersion, answers, SignatureImage.FromPng(SignaturePngs.Stroke()),
            "203.0.113.7", "Mozilla/5.0 MicroMessenger", "2026/11/k", Sha.ToUpperInvariant(), Now);

    [Fact]
    public void New_KeepsTidyAnswers_TheTemplateVersion_AndTheEvidence()
    {
        var list = ListFor(_zhang.Id);

        var q = Submit(list, _zhang, Complete());

        Assert.Equal(list.Id, q.DemandListId);
        Assert.Equal(_zhang.Id, q.CustomerId);
        Assert.Equal(1, q.TemplateVersionNumber);
        Assert.Equal(_template.CurrentVersion.Id, q.TemplateVersionId);
        Assert.Equal("祖父肺癌", q.Answers["family_tumour"].Detail);
        Assert.Null(q.Answers["family_chronic"].Detail);
        Assert.Equal("睡眠欠佳", q.Answers["main_complaint"].Text);
        Assert.False(q.Answers.ContainsKey("contraindication_other"));
        Assert.Equal(Sha, q.PdfSha256Hex);
        Assert.Equal("203.0.113.7", q.IpAddress);
        Assert.Contains("祖父肺癌", q.AnswersJson);
    }

    [Fact]
    public void New_WithMissingOrWrongAnswers_ThrowsWithEveryProblem()
    {
        var answers = Complete();
        answers.Remove("allergy");
        answers["family_tumour"] = new Answer(Yes: true);
        answers["contraindications"] = new Answer(Choices: ["编造的选项"]);

        var e = Assert.Throws<InvalidAnswersException>(() => Submit(ListFor(_zhang.Id), _zhang, answers));

        Assert.Equal("请选择有或无", e.Errors["allergy"]);
        Assert.Equal("选择“有”时请填写具体情况", e.Errors["family_tumour"]);
        Assert.Equal("选项无效", e.Errors["contraindications"]);
        Assert.Equal("还有 3 处需要填写或更正", e.Message);
    }

    [Fact]
    public void New_ByAnotherCustomer_IsRefused()
    {
        var li = Verified(new Customer(new CustomerProfile { Name = "李建国", Mobile = "13912345678" }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now));

        Assert.Equal("该健康调查不属于您", Assert.Throws<DomainException>(() => Submit(ListFor(_zhang.Id), li, Complete())).Message);
    }

    [Fact]
    public void New_ByACustomerWithoutRealName_IsRefused()
    {
        var wang = new Customer(new CustomerProfile { Name = "王丽", Mobile = "13600001111" }, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);

        Assert.Equal("请先完成实名认证，再签署健康调查", Assert.Throws<DomainException>(() => Submit(ListFor(wang.Id), wang, Complete())).Message);
    }

    [Fact]
    public void SecondSubmission_IsRefused_UntilTheListIsSentBack()
    {
        var list = ListFor(_zhang.Id);
        var first = Submit(list, _zhang, Complete());
        list.AttachSignedQuestionnaire(first.Id, Now);

        Assert.Equal("健康调查已提交，请勿重复提交", Assert.Throws<DomainException>(() => Submit(list, _zhang, Complete())).Message);

        list.MarkReportsComplete(1, Now);
        list.SubmitForReview(list.OwnerId, Now);
        list.RejectByExpert(list.MedicalExpertId, "请重新填写健康调查", Now);
        var second = Submit(list, _zhang, Complete());
        list.AttachSignedQuestionnaire(second.Id, Now);
        Assert.Equal(second.Id, list.QuestionnaireId);
    }

    [Fact]
    public void New_WithAVersionOfAnotherTemplate_IsRefused()
    {
        var other = new QuestionnaireTemplate("专家模板", Guid.NewGuid(), DefaultQuestionnaire.Definition, Guid.NewGuid(), Now);

        var e = Assert.Throws<DomainException>(() => new SubmittedQuestionnaire(ListFor(_zhang.Id), _zhang, "张晓梅", _template, other.CurrentVersion,
            Complete(), SignatureImage.FromPng(SignaturePngs.Stroke()), null, null, "k", Sha, Now));

        Assert.Equal("调查表版本无效，请刷新后重新填写", e.Message);
    }

    [Fact]
    public void Document_PrintsEveryQuestionWithItsAnswerInWords()
    {
        var answers = QuestionnaireAnswers.Normalize(DefaultQuestionnaire.Definition, Complete());

        var doc = QuestionnaireDocument.Build(DefaultQuestionnaire.Name, 1, "DML202611001", "张晓梅", Now, DefaultQuestionnaire.Definition, answers);

        var rows = doc.Blocks.OfType<Documents.KeyValueTableBlock>().SelectMany(t => t.Rows).ToDictionary(r => r.Key, r => r.Value);
        Assert.Equal("有：祖父肺癌", rows["肿瘤家族史"]);
        Assert.Equal("无", rows["家族慢性疾病史"]);
        Assert.Equal(DefaultQuestionnaire.NoneOfTheAbove, rows["请勾选符合您情况的项目"]);
        Assert.Equal("未填写", rows["其他"]);
        Assert.Equal("张晓梅", rows["姓名"]);
        Assert.Single(doc.Blocks.OfType<Documents.SignatureFieldBlock>(), f => f.Name == QuestionnaireDocument.SignatureField);
    }
}
