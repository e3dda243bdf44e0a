namespace CellCrm.Domain.Customers;

/// <summary>A 查重 hit. Only the ids and what matched: whether the viewer may see more is decided by data scope.</summary>
public sealed record DuplicateHit(Guid CustomerId, Guid OwnerId, Guid DepartmentId, DuplicateField Field);
