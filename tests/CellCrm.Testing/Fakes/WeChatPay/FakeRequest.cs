namespace CellCrm.Testing.Fakes.WeChatPay;

/// <summary>A request the fake received, and whether its merchant signature was valid.</summary>
public sealed record FakeRequest(string Method, string PathAndQuery, string Body, bool SignatureValid, string? SignatureProblem);
