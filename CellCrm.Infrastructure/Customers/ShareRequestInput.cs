using CellCrm.Domain.Customers;

namespace CellCrm.Infrastructure.Customers;

public sealed record ShareRequestInput(ShareType Type, string Name, string Mobile, string Reason);
