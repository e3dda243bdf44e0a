using CellCrm.Domain.Documents;

namespace PdfContractBench;

/// <summary>A storage contract of the size the product signs (about three A4 pages): parties, products, clauses,
/// customer signature and company seal.</summary>
public static class ContractSample
{
    private static readonly string[] Clauses =
    [
        "甲方（公司）依据本合同为乙方（客户）提供细胞采集、检测、制备与存储服务，乙方应按本合同约定支付相关费用。",
        "细胞样本的采集应在双方确认的签约医院进行，采集前乙方应如实告知健康状况及既往病史，并完成相应的体检项目。",
        "甲方应在收到样本后按国家相关标准完成检测与制备，检测结果以书面报告形式告知乙方；检测不合格的，甲方应及时通知乙方并按约定处理。",
        "存储期限自样本入库之日起计算，存储期间甲方应保证储存条件符合标准（-196℃液氮气相存储），并每年向乙方提供存储状态说明。",
        "乙方应按约定的付款方式和期限支付服务费用；逾期未付的，甲方有权书面催告，催告后三十日内仍未支付的，甲方可按本合同约定处理。",
        "乙方如需提取、转移或变更存储方式（如三存改双存、双存改单存），应提交书面申请，经甲方审核同意后办理，相关费用按届时标准执行。",
        "任何一方违反本合同约定，应承担相应的违约责任；因不可抗力导致合同无法履行的，双方互不承担违约责任，但应及时通知对方。",
        "甲方对乙方的个人信息及样本信息负有保密义务，未经乙方书面同意，不得向任何第三方披露，法律法规另有规定的除外。",
        "本合同履行过程中发生争议的，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
        "本合同自双方签署之日起生效，电子签署与纸质签署具有同等法律效力；本合同未尽事宜，双方可另行签订补充协议。",
    ];

    public static DocumentModel Create()
    {
        var blocks = new List<DocumentBlock>
        {
            new KeyValueTableBlock(
            [
                new("甲方", "示例细胞科技有限公司"),
                new("乙方（存储人）", "张三丰"),
                new("证件类型及号码", "居民身份证 320525********4880"),
                new("联系电话", "186****5678"),
                new("签约医院 / 科室", "深圳市第一人民医院 / 产科"),
                new("存储城市", "深圳"),
            ]) { Caption = "合同双方" },
            new KeyValueTableBlock(
            [
                new("脐带间充质干细胞存储（20年）", "原价 ¥38,000.00　优惠后 ¥34,200.00"),
                new("脐血造血干细胞存储（20年）", "原价 ¥22,000.00　优惠后 ¥19,800.00"),
                new("细胞检测与制备费", "¥6,800.00"),
                new("合计", "¥60,800.00（大写：陆万零捌佰元整）"),
            ]) { Caption = "产品明细" },
        };
        for (var i = 0; i < Clauses.Length; i++)
        {
            blocks.Add(new HeadingBlock($"第{i + 1}条"));
            blocks.Add(new ParagraphBlock(Clauses[i] + Clauses[(i + 3) % Clauses.Length] + Clauses[(i + 7) % Clauses.Length]));
        }

        blocks.Add(new SignatureFieldBlock("customer", "乙方（签字）："));
        blocks.Add(new SignatureFieldBlock("company", "甲方（盖章）："));
        return new DocumentModel("细胞存储服务合同", blocks) { Subtitle = "合同编号 HT202611001 · 模板 脐带间充质干细胞存储 v3", SealFieldName = "company" };
    }
}
