namespace CellCrm.Testing.Fakes.WeChat;

/// <summary>What the fake WeChat server's template endpoint saw: sends answered ok, messages delivered, repeats of an
/// openid + client_msg_id dropped, and distinct deep links among the delivered.</summary>
public sealed record TemplateStats(int SendsReceived, int Delivered, int RepeatsDropped, int DistinctUrls);
