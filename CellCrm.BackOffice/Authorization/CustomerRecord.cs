using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Authorization;

/// <summary>The facts about a customer that decide who may see it.</summary>
public sealed record CustomerRecord(Guid Id, Guid OwnerId, Guid DepartmentId, CustomerStatus Status = CustomerStatus.Active, Guid? RecycledById = null);
