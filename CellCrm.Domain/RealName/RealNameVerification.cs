using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;

namespace CellCrm.Domain.RealName;

/// <summary>One real-name verification (实名认证, SPEC §2.2) of a WeChat user: what they submitted, how they were
/// verified (face or manual review), the evidence, and the customer record it bound. Manual reviews are due within
/// 24 hours of submission.</summary>
public class RealNameVerification : AggregateRoot
{
    public const int OpenIdMaxLength = Customer.WeChatOpenIdMaxLength;
    public const int ReasonMaxLength = 200;
    public const int PhotoKeyMaxLength = 100;
    public static readonly TimeSpan ReviewWindow = TimeSpan.FromHours(24);

    private RealNameVerification()
    {
        OpenId = "";
        Name = "";
        IdNumber = "";
        Mobile = "";
    }

    private RealNameVerification(string openId, RealNameApplicant applicant, RealNameMethod method, DateTimeOffset at)
    {
        OpenId = Guard.Required(openId, "openid", OpenIdMaxLength);
        Name = applicant.Name;
        IdType = applicant.IdType;
        IdNumber = applicant.IdNumber;
        Mobile = applicant.Mobile;
        Method = method;
        SubmittedAt = at;
        Deadline = at + ReviewWindow;
    }

    public string OpenId { get; private set; }

    public string Name { get; private set; }

    public IdDocumentType IdType { get; private set; }

    public string IdNumber { get; private set; }

    public string Mobile { get; private set; }

    public RealNameMethod Method { get; private set; }

    public RealNameStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>Why a manual review was needed (face failed, no unique customer record …), for the reviewer.</summary>
    public string? ReviewReason { get; private set; }

    public string? FaceProvider { get; private set; }

    public string? FaceRequestId { get; private set; }

    public bool? FacePassed { get; private set; }

    public decimal? FaceScore { get; private set; }

    public DateTimeOffset? FaceCheckedAt { get; private set; }

    public string? FrontPhotoKey { get; private set; }

    public string? BackPhotoKey { get; private set; }

    public Guid? CustomerId { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string? ReviewerName { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? RejectReason { get; private set; }

    public bool IsVerified => Status is RealNameStatus.Approved or RealNameStatus.Completed;

    public bool IsOverdue(DateTimeOffset now) => Status == RealNameStatus.Pending && now > Deadline;

    /// <summary>Face verification passed and exactly one customer record matched: bound at once.</summary>
    public static RealNameVerification CompleteByFace(string openId, RealNameApplicant applicant, FaceEvidence face, Customer customer, DateTimeOffset at)
    {
        if (!face.Passed)
        {
            throw new DomainException("人脸识别未通过，请重试或选择人工审核");
        }

        var verification = new RealNameVerification(openId, applicant, RealNameMethod.Face, at);
        verification.Record(face);
        verification.Bind(customer, at);
        verification.Status = RealNameStatus.Completed;
        return verification;
    }

    /// <summary>人工审核: ID photos (front and back) go to customer service, with any face evidence gathered before.</summary>
    public static RealNameVerification SubmitForReview(string openId, RealNameApplicant applicant, string frontPhotoKey, string backPhotoKey,
        FaceEvidence? face, string? reason, DateTimeOffset at)
    {
        var verification = new RealNameVerification(openId, applicant, RealNameMethod.Manual, at)
        {
            FrontPhotoKey = Guard.Required(frontPhotoKey, "证件正面照片", PhotoKeyMaxLength),
            BackPhotoKey = Guard.Required(backPhotoKey, "证件反面照片", PhotoKeyMaxLength),
            ReviewReason = Guard.Optional(reason, "转人工原因", ReasonMaxLength),
            Status = RealNameStatus.Pending,
        };
        if (face is not null)
        {
            verification.Record(face);
        }

        return verification;
    }

    /// <summary>通过: the reviewer chose the customer record this WeChat user is.</summary>
    public void Approve(Customer customer, Guid reviewerId, string reviewerName, DateTimeOffset at)
    {
        RequirePending();
        Bind(customer, at);
        Status = RealNameStatus.Approved;
        Reviewed(reviewerId, reviewerName, at);
    }

    /// <summary>驳回: a reason is required, the customer reads it.</summary>
    public void Reject(string? reason, Guid reviewerId, string reviewerName, DateTimeOffset at)
    {
        RequirePending();
        RejectReason = Guard.Required(reason, "驳回原因", ReasonMaxLength, nameof(RejectReason));
        Status = RealNameStatus.Rejected;
        Reviewed(reviewerId, reviewerName, at);
    }

    private void Bind(Customer customer, DateTimeOffset at)
    {
        customer.CompleteRealNameVerification(OpenId, at);
        CustomerId = customer.Id;
    }

    private void Record(FaceEvidence face)
    {
        FaceProvider = Guard.Required(face.Provider, "人脸识别服务", FaceEvidence.ProviderMaxLength);
        FaceRequestId = Guard.Required(face.RequestId, "人脸识别流水号", FaceEvidence.RequestIdMaxLength);
        FacePassed = face.Passed;
        FaceScore = face.Score;
        FaceCheckedAt = face.CheckedAt;
    }

    private void Reviewed(Guid reviewerId, string reviewerName, DateTimeOffset at)
    {
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        ReviewedAt = at;
    }

    private void RequirePending()
    {
        if (Status != RealNameStatus.Pending)
        {
            throw new DomainException($"该实名认证已{RealNameLabels.Of(Status)}，不能重复处理");
        }
    }
}
