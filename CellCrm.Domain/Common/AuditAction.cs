namespace CellCrm.Domain.Common;

public enum AuditAction
{
    Created = 0,
    Modified = 1,
    Deleted = 2,
}
