namespace CellCrm.Domain.Common;

/// <summary>Marks technical records (the audit trail itself, outbox rows) that the audit trail does not record.
/// Every other entity's changes are recorded field by field.</summary>
public interface IUnaudited;
