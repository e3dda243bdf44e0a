using CellCrm.Domain.Customers;

namespace CellCrm.BackOffice.Services;

/// <summary>A 查重 hit as the current staff member may see it. For a customer outside their data scope,
/// <see cref="CustomerId"/> and <see cref="CustomerName"/> stay empty: not even who it is may leak.</summary>
public sealed record DuplicateNotice(DuplicateField Field, string Message, Guid? CustomerId, string? CustomerName, bool CanRequestShare);
