using CellCrm.Domain.Customers;

namespace CellCrm.Domain.Tests.Customers;

/// <summary>Builds valid customers for tests; each With… changes one fact.</summary>
public sealed class CustomerBuilder
{
    private CustomerProfile _profile = new() { Name = "张晓梅", Mobile = "13800138000" };
    private Guid _owner = Guid.NewGuid();
    private Guid _department = Guid.NewGuid();

    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    public CustomerBuilder WithProfile(Func<CustomerProfile, CustomerProfile> change)
    {
        _profile = change(_profile);
        return this;
    }

    public CustomerBuilder OwnedBy(Guid owner, Guid department)
    {
        _owner = owner;
        _department = department;
        return this;
    }

    public CustomerProfile Profile => _profile;

    public Customer Build() => new(_profile, _owner, _department, Guid.NewGuid(), Now);
}
