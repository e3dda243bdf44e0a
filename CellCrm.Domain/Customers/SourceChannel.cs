namespace CellCrm.Domain.Customers;

/// <summary>Where a customer came from (§4.1: 医院、公司、代理、自行开发…), for source statistics.</summary>
public enum SourceChannel
{
    Hospital = 0,
    Company = 1,
    Agent = 2,
    SelfDeveloped = 3,
    Referral = 4,
    Other = 5,
}
