namespace CellCrm.Domain.RealName;

public static class RealNameLabels
{
    public static string Of(RealNameStatus value) => value switch
    {
        RealNameStatus.Pending => "待审核",
        RealNameStatus.Approved => "已通过",
        RealNameStatus.Rejected => "已驳回",
        RealNameStatus.Completed => "已完成",
    };

    public static string Of(RealNameMethod value) => value switch
    {
        RealNameMethod.Face => "人脸识别",
        RealNameMethod.Manual => "人工审核",
    };
}
