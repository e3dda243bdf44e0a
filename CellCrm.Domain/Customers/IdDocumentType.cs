namespace CellCrm.Domain.Customers;

/// <summary>The certificate types a customer may verify with (SPEC §2.2).</summary>
public enum IdDocumentType
{
    MainlandIdCard = 0,
    HongKongMacauPermit = 1,
    TaiwanPermit = 2,
    Passport = 3,
    ForeignPermanentResidentCard = 4,
}
