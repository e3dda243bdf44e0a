using CellCrm.Domain.Catalog;

namespace CellCrm.Infrastructure.Persistence.Seed;

/// <summary>The product catalogue of seed 000 §6.2 (细胞发放时间汇总表) and a few hospitals, for demos.</summary>
internal static class DemoCatalog
{
    private const string TwoWorkingDays = "两个工作日内";
    private const string DayBefore = "前一天告知采血计划";
    private const string PublicStock = "库存成品细胞（公库），提前一个工作日告知发放计划";
    private const string OneWorkingDay = "1个工作日后可安排";
    private const string ThreeWorkingDays = "3个工作日后可安排";

    public static IEnumerable<Product> Products()
    {
        const ProductType S = ProductType.StemCell;
        const ProductType I = ProductType.ImmuneCell;
        yield return new("SC-UC-TBF", S, "脐带间充质", "组织块扩增成品细胞", null, TwoWorkingDays, "45个自然日", "48个自然日后可安排成品发放",
            "活率≥85%；①周末、节假日会存在延期放行 ②因个体差异性，制备时间会存在超时情况，同样会存在延期放行。");
        yield return new("SC-UC-TBS", S, "脐带间充质", "组织块扩增种子细胞", null, TwoWorkingDays, "1个自然月", "1个自然月后可安排种子细胞扩增", "活率≥85%");
        yield return new("SC-UC-SRF", S, "脐带间充质", "种子细胞复苏扩增成品细胞", null, TwoWorkingDays, "1个自然月", "35天后可安排", "活率≥85%");
        yield return new("SC-PL-SRF", S, "胎盘间充质", "种子细胞复苏扩增成品细胞", null, TwoWorkingDays, "40个自然日", "45天后可安排", "活率≥85%");
        yield return new("SC-UC-RX2", S, "脐带间充质", "复苏提取", "2.0X10^7", TwoWorkingDays, null, ThreeWorkingDays, "活率≥85%");
        yield return new("SC-UC-RX5", S, "脐带间充质", "复苏提取", "5.0X10^7", TwoWorkingDays, null, ThreeWorkingDays, "活率≥85%");
        yield return new("SC-PL-RX2", S, "胎盘间充质", "复苏提取", "2.0X10^7", TwoWorkingDays, null, ThreeWorkingDays, "活率≥85%");
        yield return new("SC-UC-CA2", S, "脐带间充质", "临床应用", "2.0X10^7", PublicStock, null, OneWorkingDay, "活率≥85%");
        yield return new("SC-UC-CA5", S, "脐带间充质", "临床应用", "5.0X10^7", PublicStock, null, OneWorkingDay, "活率≥85%");
        yield return new("SC-CB-MNC", S, "脐血单个核", "临床应用", ">5.0X10^7", PublicStock, null, OneWorkingDay, "活率≥85%");
        yield return new("IC-CIK-RX", I, "成品CIK (时光/觅我)", "复苏提取", "30-60亿/袋", TwoWorkingDays, null, ThreeWorkingDays,
            "活率≥80%；因个体差异性，未达到发放数量要求，会存在延期放行，但一般不会比原计划日期超过2天以上，以上情况将以偏差单形式告知顾问。");
        yield return new("FP4NK", I, "FP4NK", "外周血新鲜制备NK", "(8-10) *10^9个/疗程", DayBefore, null, "第16, 19天（发2次） 第19天（发1次）", "活率≥80%");
        yield return new("FP2NK", I, "FP2NK", "外周血新鲜制备NK", "(3-5) *10^9个/疗程", DayBefore, null, "第19天（采血当天为第0天）", "活率≥80%");
        yield return new("FP3CIK", I, "FP3CIK", "外周血新鲜制备CIK", "(8-12) *10^9个/疗程", DayBefore, "第14, 16天（采血当天为第0天）", "第14, 16天（发2次） 第16天（发1次）", "活率≥80%");
        yield return new("FP10CIK", I, "FP10CIK", "外周血新鲜制备CIK", "(20-33) *10^9个/疗程", DayBefore, "第15, 17, 19天（采血当天为第0天）", "第15, 17, 19天（发3次） 第17, 19天（发2次）", "活率≥80%");
        yield return new("TP3CIK", I, "TP3CIK", "外周血NC复苏制备CIK", "(8-12) *10^9个/疗程", TwoWorkingDays, "第18, 20天（提交制备计划当天为-1天）", "第18, 20天（发2次） 第20天（发1次）", "活率≥80%");
        yield return new("TP10CIK", I, "TP10CIK", "外周血NC复苏制备CIK", "(15-33) *10^9个/疗程", TwoWorkingDays, "第17, 19, 21天（提交制备计划当天为-1天）", "第17, 19, 21天（发3次） 第19, 21天（发2次）", "活率≥80%");
        yield return new("FC3CIK", I, "FC3CIK", "脐血新鲜制备CIK", "(6-12) *10^9个/疗程", PublicStock, null, OneWorkingDay, "活率≥80%");
        yield return new("TC3CIK", I, "TC3CIK", "脐血NC复苏制备CIK", "(6-12) *10^9个/疗程", null, null, "暂未开展此产品（无库存）", "活率≥80%");
        yield return new("TCNK", I, "TCNK", "脐血NC复苏制备NK", "(4-5) *10^9个/疗程", null, null, OneWorkingDay, "活率≥80%");
    }

    public static IEnumerable<Hospital> Hospitals()
    {
        yield return new("深圳市妇幼保健院", "深圳", "华南");
        yield return new("北京大学深圳医院", "深圳", "华南");
        yield return new("香港大学深圳医院", "深圳", "华南");
        yield return new("深圳市人民医院", "深圳", "华南");
        yield return new("广州市妇女儿童医疗中心", "广州", "华南");
    }
}
