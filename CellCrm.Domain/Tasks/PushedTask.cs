using CellCrm.Domain.Messaging;

namespace CellCrm.Domain.Tasks;

public sealed record PushedTask(CustomerTask Task, OutboxMessage Message);
