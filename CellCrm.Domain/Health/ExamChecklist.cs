namespace CellCrm.Domain.Health;

/// <summary>体检清单 (seed 000 §3.2 "检查项目明细"): the exam items the recipient is asked to bring, as an adult or a
/// child list chosen by the recipient's age.</summary>
public sealed record ExamChecklist(string Title, IReadOnlyList<ExamChecklistGroup> Groups)
{
    /// <summary>Under this age (周岁) the child list applies.</summary>
    public const int AdultAge = 18;

    public const string Request = "请您提供本人近六个月内三甲医院或同级别体检机构的检测报告";

    public static readonly ExamChecklist Adult = new("成人体检项目",
    [
        new("一般检查", ["血压、脉搏、身高、体重、体重指数"]),
        new("血液检测",
        [
            "血常规、肝功能、肾功3项、血脂4项、空腹血糖、糖化血红蛋白、同型半胱氨酸、心肌酶谱4项、凝血4项、免疫球蛋白3项(IgG、IgA、IgM)、" +
            "风湿3项(血沉、抗溶血性链球O试验、类风湿因子)、T细胞亚群(CD4、CD8、CD4/CD8比值)、C反应蛋白",
        ]),
        new("传染病检测", ["乙肝两对半(如有乙肝病毒感染需加做乙肝DNA定量)、丙肝、梅毒、艾滋病抗体"]),
        // The seed's screenshot shows the male line; the female line is the usual female panel and awaits
        // confirmation by 医学部.
        new("肿瘤标记物检测",
        [
            "男性：甲胎蛋白AFP、癌胚抗原CEA、总前列腺特异抗原TPSA、糖类抗原CA199、细胞角蛋白19片段CYFRA21-1",
            "女性：甲胎蛋白AFP、癌胚抗原CEA、糖类抗原CA125、糖类抗原CA153、糖类抗原CA199、细胞角蛋白19片段CYFRA21-1",
        ]),
    ]);

    // The seed names the 儿童体检项目 tab without listing it: this is the adult list without the adult-only
    // panels (blood lipids, HbA1c, homocysteine, cardiac enzymes, tumour markers), to be confirmed by 医学部.
    public static readonly ExamChecklist Child = new("儿童体检项目",
    [
        new("一般检查", ["血压、脉搏、身高、体重"]),
        new("血液检测", ["血常规、肝功能、肾功3项、空腹血糖、凝血4项、免疫球蛋白3项(IgG、IgA、IgM)、T细胞亚群(CD4、CD8、CD4/CD8比值)、C反应蛋白"]),
        new("传染病检测", ["乙肝两对半(如有乙肝病毒感染需加做乙肝DNA定量)、丙肝、梅毒、艾滋病抗体"]),
    ]);

    /// <summary>The child list under <see cref="AdultAge"/>; the adult list otherwise, and when the age is unknown.</summary>
    public static ExamChecklist ForAge(int? age) => age < AdultAge ? Child : Adult;
}

public sealed record ExamChecklistGroup(string Name, IReadOnlyList<string> Items);
