using CellCrm.Domain.Customers;

namespace CellCrm.Domain.RealName;

/// <summary>A face-verification (人脸核身) provider. The visitor is sent to the provider's page and comes back to
/// <c>returnUrl</c>; the result is then fetched from the provider by request id, never taken from the browser.</summary>
public interface IFaceVerifier
{
    /// <summary>Starts a check of the visitor against the ID document; returns where to send the browser.</summary>
    Task<FaceCheckStart> BeginAsync(FaceSubject subject, string returnUrl, CancellationToken ct);

    /// <summary>The provider's result for <paramref name="requestId"/>, or null while the check is not finished.</summary>
    Task<FaceEvidence?> GetResultAsync(string requestId, CancellationToken ct);
}

public sealed record FaceSubject(string Name, IdDocumentType IdType, string IdNumber);

public sealed record FaceCheckStart(string RequestId, string RedirectUrl);
