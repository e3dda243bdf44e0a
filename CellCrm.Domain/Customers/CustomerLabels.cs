namespace CellCrm.Domain.Customers;

/// <summary>Chinese names of the customer enums, one place for every page and export.</summary>
public static class CustomerLabels
{
    public static string Of(Gender value) => value switch
    {
        Gender.Unknown => "未知",
        Gender.Male => "男",
        Gender.Female => "女",
    };

    public static string Of(SourceChannel value) => value switch
    {
        SourceChannel.Hospital => "医院",
        SourceChannel.Company => "公司",
        SourceChannel.Agent => "代理",
        SourceChannel.SelfDeveloped => "自行开发",
        SourceChannel.Referral => "转介绍",
        SourceChannel.Other => "其他",
    };

    public static string Of(SigningIntention value) => value switch
    {
        SigningIntention.Unknown => "未知",
        SigningIntention.High => "高",
        SigningIntention.Medium => "中",
        SigningIntention.Low => "低",
    };

    public static string Of(FollowUpType value) => value switch
    {
        FollowUpType.Phone => "电话",
        FollowUpType.WeChat => "微信",
        FollowUpType.Visit => "面访",
        FollowUpType.Sms => "短信",
        FollowUpType.Other => "其他",
    };
}
