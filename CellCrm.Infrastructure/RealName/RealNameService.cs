using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Files;
using CellCrm.Domain.RealName;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CellCrm.Infrastructure.RealName;

/// <summary>Real-name verification (SPEC §2.2): binds a WeChat openid to the customer record with the same name,
/// ID number and mobile after a passed face check, or sends the case to customer service with ID photos.</summary>
public sealed class RealNameService(CellCrmDbContext db, IFileStore files, IRealNameNotifier notifier, TimeProvider clock, ILogger<RealNameService> log)
{
    public const long MaxPhotoBytes = 10 * 1024 * 1024;

    /// <summary>The newest verification of this WeChat user, if any.</summary>
    public Task<RealNameVerification?> LatestAsync(string openId, CancellationToken ct) =>
        db.RealNameVerifications.AsNoTracking().Where(v => v.OpenId == openId)
            .OrderByDescending(v => v.SubmittedAt).FirstOrDefaultAsync(ct);

    public async Task<FaceOutcome> CompleteFaceAsync(string openId, RealNameApplicant applicant, FaceEvidence face, CancellationToken ct)
    {
        // The browser may come back twice with the same result: it was recorded once.
        if (await db.RealNameVerifications.AnyAsync(v => v.FaceRequestId == face.RequestId && v.OpenId == openId, ct))
        {
            return FaceOutcome.Bound;
        }

        if (!face.Passed)
        {
            log.LogInformation("Face check {RequestId} did not pass", face.RequestId);
            return FaceOutcome.Failed;
        }

        await RequireNotVerifiedAsync(openId, ct);
        var matches = await MatchAsync(applicant, ct);
        if (matches.Count != 1 || matches[0].WeChatOpenId is { } bound && bound != openId)
        {
            log.LogInformation("Face check {RequestId} passed but {Count} customer records match", face.RequestId, matches.Count);
            return FaceOutcome.NoUniqueMatch;
        }

        var verification = RealNameVerification.CompleteByFace(openId, applicant, face, matches[0], clock.GetUtcNow());
        db.RealNameVerifications.Add(verification);
        await notifier.NotifyAsync(verification, ct);
        await SaveAsync(ct);
        return FaceOutcome.Bound;
    }

    /// <summary>人工审核: checks both photos are images within the size limit before storing anything.</summary>
    public async Task<RealNameVerification> SubmitForReviewAsync(string openId, RealNameApplicant applicant, PhotoUpload? front, PhotoUpload? back,
        FaceEvidence? face, string? reason, CancellationToken ct)
    {
        await RequireNotVerifiedAsync(openId, ct);
        if (await db.RealNameVerifications.AnyAsync(v => v.OpenId == openId && v.Status == RealNameStatus.Pending, ct))
        {
            throw new DomainException("您的实名认证正在审核中，请勿重复提交");
        }

        CheckPhoto(front, "证件正面照片", "FrontPhoto");
        CheckPhoto(back, "证件反面照片", "BackPhoto");
        var saved = new List<string>();
        try
        {
            var frontKey = await StoreAsync(front!, "证件正面照片", "FrontPhoto", saved, ct);
            var backKey = await StoreAsync(back!, "证件反面照片", "BackPhoto", saved, ct);
            var verification = RealNameVerification.SubmitForReview(openId, applicant, frontKey, backKey, face, reason, clock.GetUtcNow());
            db.RealNameVerifications.Add(verification);
            await notifier.NotifyAsync(verification, ct);
            await SaveAsync(ct);
            return verification;
        }
        catch
        {
            foreach (var key in saved)
            {
                await files.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }
    }

    public async Task ApproveAsync(Guid id, Guid customerId, StaffRef reviewer, CancellationToken ct)
    {
        var verification = await db.RealNameVerifications.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new DomainException("实名认证记录不存在");
        var candidates = await CandidatesAsync(verification, ct);
        var choice = candidates.FirstOrDefault(c => c.Id == customerId) ?? throw new DomainException("请选择要绑定的客户档案", "CustomerId");
        if (await db.Customers.AnyAsync(c => c.WeChatOpenId == verification.OpenId && c.Id != choice.Id, ct))
        {
            throw new DomainException("该微信账号已绑定其他客户档案");
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == choice.Id, ct);
        verification.Approve(customer, reviewer.Id, reviewer.Name, clock.GetUtcNow());
        await notifier.NotifyAsync(verification, ct);
        await SaveAsync(ct);
    }

    public async Task RejectAsync(Guid id, string? reason, StaffRef reviewer, CancellationToken ct)
    {
        var verification = await db.RealNameVerifications.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new DomainException("实名认证记录不存在");
        verification.Reject(reason, reviewer.Id, reviewer.Name, clock.GetUtcNow());
        await notifier.NotifyAsync(verification, ct);
        await SaveAsync(ct);
    }

    /// <summary>Customer records sharing the ID number, the mobile or the exact name (at most 10), best first.</summary>
    public async Task<IReadOnlyList<RealNameCandidate>> CandidatesAsync(RealNameVerification v, CancellationToken ct)
    {
        var idHash = db.Protector.LookupHash(v.IdNumber);
        var mobileHash = db.Protector.LookupHash(v.Mobile);
        var rows = await db.Customers.AsNoTracking()
            .Where(c => c.Status != CustomerStatus.Recycled)
            .Where(c => EF.Property<string>(c, CustomerConfiguration.IdNumberHash) == idHash
                || EF.Property<string>(c, CustomerConfiguration.MobileHash) == mobileHash
                || c.Name == v.Name)
            .Select(c => new
            {
                c.Id, c.Name, c.Mobile, c.IdNumber, c.WeChatOpenId, c.OwnerId,
                IdHash = EF.Property<string>(c, CustomerConfiguration.IdNumberHash),
                MobileHash = EF.Property<string>(c, CustomerConfiguration.MobileHash),
            })
            .Take(10)
            .ToListAsync(ct);
        var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
        var owners = await db.Staff.AsNoTracking().Where(s => ownerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return rows
            .Select(r => new RealNameCandidate(r.Id, r.Name, Masking.Mobile(r.Mobile), Masking.IdNumber(r.IdNumber), owners.GetValueOrDefault(r.OwnerId, ""),
                r.Name == v.Name, r.IdHash == idHash, r.MobileHash == mobileHash, r.WeChatOpenId is not null && r.WeChatOpenId != v.OpenId))
            .OrderByDescending(c => (c.NameMatches ? 1 : 0) + (c.IdMatches ? 1 : 0) + (c.MobileMatches ? 1 : 0))
            .ToList();
    }

    /// <summary>Customer records with the same ID number AND name AND mobile (the automatic match).</summary>
    private async Task<List<Customer>> MatchAsync(RealNameApplicant a, CancellationToken ct)
    {
        var idHash = db.Protector.LookupHash(a.IdNumber);
        var mobileHash = db.Protector.LookupHash(a.Mobile);
        return await db.Customers
            .Where(c => c.Status != CustomerStatus.Recycled && c.Name == a.Name && c.IdType == a.IdType)
            .Where(c => EF.Property<string>(c, CustomerConfiguration.IdNumberHash) == idHash
                && EF.Property<string>(c, CustomerConfiguration.MobileHash) == mobileHash)
            .Take(2)
            .ToListAsync(ct);
    }

    private async Task RequireNotVerifiedAsync(string openId, CancellationToken ct)
    {
        if (await db.Customers.AnyAsync(c => c.WeChatOpenId == openId, ct))
        {
            throw new DomainException("您已完成实名认证，无需重复认证");
        }
    }

    private static void CheckPhoto(PhotoUpload? photo, string label, string field)
    {
        if (photo is null || photo.Length == 0)
        {
            throw new DomainException($"请上传{label}", field);
        }

        if (photo.Length > MaxPhotoBytes)
        {
            throw new DomainException($"{label}超过 10 MB，请压缩后重新上传", field);
        }

        Span<byte> head = stackalloc byte[16];
        using var stream = photo.Open();
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (FileTypeDetector.Detect(head[..read]) is not (DetectedFileType.Jpeg or DetectedFileType.Png or DetectedFileType.Heic))
        {
            throw new DomainException($"{label}不是图片文件，请上传 JPG、PNG 或 HEIC 格式的照片", field);
        }
    }

    private async Task<string> StoreAsync(PhotoUpload photo, string label, string field, List<string> saved, CancellationToken ct)
    {
        try
        {
            await using var stream = photo.Open();
            var file = await files.SaveAsync(stream, MaxPhotoBytes, ct);
            saved.Add(file.Key);
            return file.Key;
        }
        catch (FileTooLargeException)
        {
            throw new DomainException($"{label}超过 10 MB，请压缩后重新上传", field);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e, "WeChatOpenId", "FaceRequestId"))
        {
            throw new DomainException("该实名认证已被其他操作处理，请刷新后查看");
        }
    }
}
