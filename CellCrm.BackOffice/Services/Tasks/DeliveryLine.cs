namespace CellCrm.BackOffice.Services.Tasks;

/// <summary>排队中 / 已发送 / 失败（原因）/ 已转短信, with the channel used and the number of attempts.</summary>
public sealed record DeliveryLine(string State, string Channel, int Attempts, DateTimeOffset? SentAt, bool IsFailed);
