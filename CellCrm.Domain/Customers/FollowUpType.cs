namespace CellCrm.Domain.Customers;

public enum FollowUpType
{
    Phone = 0,
    WeChat = 1,
    Visit = 2,
    Sms = 3,
    Other = 4,
}
