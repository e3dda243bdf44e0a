namespace CellCrm.Domain.Common;

/// <summary>Base of every persisted business object. Ids are time-ordered GUIDs made by the application,
/// so an object (and its audit records) are identified before the database sees them.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
