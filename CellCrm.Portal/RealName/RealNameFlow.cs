using System.Text.Json;
using CellCrm.Domain.Customers;
using CellCrm.Domain.RealName;
using CellCrm.Portal.Identity;
using Microsoft.AspNetCore.DataProtection;

namespace CellCrm.Portal.RealName;

/// <summary>The verification in progress, between its pages: kept in the visitor's (Redis-backed) session,
/// encrypted with the data-protection keys because it holds the ID number and mobile, and tied to the openid.</summary>
public sealed class RealNameFlow(IHttpContextAccessor http, IDataProtectionProvider protection, ICurrentCustomer me)
{
    private const string Key = "realname.flow";
    private readonly IDataProtector _protector = protection.CreateProtector("CellCrm.Portal.RealNameFlow");

    private ISession Session => http.HttpContext?.Session ?? throw new InvalidOperationException("No current request.");

    /// <summary>The applicant whose mobile was confirmed by SMS code, or null when the visitor must start over.</summary>
    public RealNameApplicant? Applicant => Load() is { } s ? RealNameApplicant.Create(s.Name, s.IdType, s.IdNumber, s.Mobile) : null;

    public string? FaceRequestId => Load()?.FaceRequestId;

    public FaceEvidence? Face => Load()?.Face;

    public string? ReviewReason => Load()?.ReviewReason;

    public void Start(RealNameApplicant a) =>
        Store(new FlowState(me.OpenId, a.Name, a.IdType, a.IdNumber, a.Mobile, null, null, null));

    public void BeganFaceCheck(string requestId) => Update(s => s with { FaceRequestId = requestId });

    /// <summary>Keeps a face result that did not bind, as evidence for the manual review that follows.</summary>
    public void NeedsReview(FaceEvidence face, string reason) => Update(s => s with { Face = face, ReviewReason = reason });

    public void Clear() => Session.Remove(Key);

    private void Update(Func<FlowState, FlowState> change)
    {
        if (Load() is { } state)
        {
            Store(change(state));
        }
    }

    private FlowState? Load()
    {
        if (Session.GetString(Key) is not { } protectedJson)
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<FlowState>(_protector.Unprotect(protectedJson));
            return state?.OpenId == me.OpenId ? state : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private void Store(FlowState state) => Session.SetString(Key, _protector.Protect(JsonSerializer.Serialize(state)));

    private sealed record FlowState(string OpenId, string Name, IdDocumentType IdType, string IdNumber, string Mobile,
        string? FaceRequestId, FaceEvidence? Face, string? ReviewReason);
}
