namespace CellCrm.Domain.Health;

/// <summary>The default template: the content of 细胞健康客户信息登记表 in seed 000 §3.2 (basic information comes from
/// the verified customer record; the history and the contraindication screening list are asked).</summary>
public static class DefaultQuestionnaire
{
    public const string Name = "细胞健康客户信息登记表";
    public const string NoneOfTheAbove = "以上情况均无";

    public static QuestionnaireDefinition Definition { get; } = new(
    [
        new QuestionSection("简要病史及生活方式",
        [
            new Question("family_chronic", "家族慢性疾病史", QuestionType.YesNo, true, []),
            new Question("family_tumour", "肿瘤家族史", QuestionType.YesNo, true, []),
            new Question("allergy", "药物食物过敏史", QuestionType.YesNo, true, []),
            new Question("disease_history", "疾病史", QuestionType.YesNo, true, []),
            new Question("main_complaint", "自述目前主要健康问题", QuestionType.Text, true, []),
        ]),
        new QuestionSection("干细胞保健筛选禁忌症",
        [
            new Question("contraindications", "请勾选符合您情况的项目", QuestionType.MultipleChoice, true,
            [
                "高度过敏体质或有严重过敏史",
                "已休克、脏器衰竭、生命体征危象，以及不能配合检查者",
                "孕妇",
                "是否为晚期恶性肿瘤患者",
                "是否为全身感染或局部严重感染患者",
                "是否为抗梅毒抗体阳性、艾滋病抗体阳性患者",
                "是否为染色体或基因缺陷者",
                "是否有严重的精神障碍",
                "是否诊断尚未明确",
                "是否做过脑室分流手术",
                "是否有癫痫病史",
                NoneOfTheAbove,
            ], NoneOfTheAbove),
            new Question("contraindication_other", "其他", QuestionType.Text, false, []),
        ]),
    ]);
}
