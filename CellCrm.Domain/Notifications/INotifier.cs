namespace CellCrm.Domain.Notifications;

/// <summary>Sends staff notifications as part of the current unit of work (saved with the change that caused them).</summary>
public interface INotifier
{
    void Notify(Guid recipientId, string title, string body, string? link = null);
}
