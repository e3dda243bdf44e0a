using CellCrm.Domain.Documents;

namespace CellCrm.Infrastructure.Tests.Pdf;

public static class SampleDocuments
{
    public const string LongParagraph =
        "本人确认以上所填信息真实、准确、完整，如因隐瞒病史或提供虚假信息导致的一切后果由本人承担。" +
        "本问卷内容仅用于评估细胞回输的适宜性（包括禁忌症筛查），公司将依法保护个人信息，未经本人同意不向第三方提供。" +
        "如有疑问，请咨询您的健康顾问或拨打客服电话400-800-1234，服务时间为每日9:00至18:00。";

    public static DocumentModel Questionnaire() => new("健康调查问卷",
    [
        new HeadingBlock("一、基本信息"),
        new KeyValueTableBlock(
        [
            new("姓名", "张三丰"),
            new("性别", "男"),
            new("出生日期", "1970-09-18"),
            new("既往病史", "高血压（服药控制良好），无糖尿病，无恶性肿瘤病史；2019年行阑尾切除术。"),
        ]) { Caption = "受检者信息" },
        new HeadingBlock("二、声明"),
        new ParagraphBlock(LongParagraph),
        new SignatureFieldBlock("customer", "受检者签名："),
        new SignatureFieldBlock("company", "甲方（盖章）："),
    ])
    {
        Subtitle = "编号 DML202611001 · 模板版本 3",
        SealFieldName = "company",
    };
}
