using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

public class CustomerTag : Entity
{
    public const int NameMaxLength = 20;

    private CustomerTag()
    {
        Name = "";
    }

    internal CustomerTag(Guid customerId, string name)
    {
        CustomerId = customerId;
        Name = name;
    }

    public Guid CustomerId { get; private set; }

    public string Name { get; private set; }
}
