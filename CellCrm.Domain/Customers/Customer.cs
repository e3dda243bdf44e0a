using CellCrm.Domain.Common;

namespace CellCrm.Domain.Customers;

/// <summary>A customer (§4.1): recipient or donor of cell services. Mobile and ID number are personal data:
/// the persistence layer encrypts them at rest and keeps keyed hashes for exact-match lookup.</summary>
public class Customer : AggregateRoot
{
    public const int NameMaxLength = 30;
    public const int WeChatIdMaxLength = 50;
    public const int OccupationMaxLength = 50;
    public const int AddressMaxLength = 200;
    public const int SourceTypeMaxLength = 50;
    public const int InviterMaxLength = 30;
    public const int IntendedProductMaxLength = 50;
    public const int RemarksMaxLength = 500;
    public const int MaxTags = 10;
    public const int WeChatOpenIdMaxLength = 64;

    private readonly List<CustomerTag> _tags = [];
    private readonly List<FollowUp> _followUps = [];

    private Customer()
    {
        Name = "";
        Mobile = "";
    }

    public Customer(CustomerProfile profile, Guid ownerId, Guid departmentId, Guid familyArchiveId, DateTimeOffset createdAt)
    {
        Name = "";
        Mobile = "";
        Apply(profile);
        OwnerId = ownerId;
        DepartmentId = departmentId;
        FamilyArchiveId = familyArchiveId;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; }

    public string Mobile { get; private set; }

    public Gender Gender { get; private set; }

    public DateOnly? Birthday { get; private set; }

    public IdDocumentType? IdType { get; private set; }

    public string? IdNumber { get; private set; }

    public string? WeChatId { get; private set; }

    public string? Occupation { get; private set; }

    public string? Address { get; private set; }

    public SourceChannel SourceChannel { get; private set; }

    public string? SourceType { get; private set; }

    public string? Inviter { get; private set; }

    public string? IntendedProduct { get; private set; }

    public SigningIntention SigningIntention { get; private set; }

    public string? Remarks { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public Guid FamilyArchiveId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastFollowUpAt { get; private set; }

    public DateTimeOffset? NextFollowUpAt { get; private set; }

    public CustomerStatus Status { get; private set; }

    /// <summary>Owner before the customer was released to the pool: their group leader approves a claim from
    /// another group (seed 002 §2.4).</summary>
    public Guid? PreviousOwnerId { get; private set; }

    public Guid? PreviousDepartmentId { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    /// <summary>A claim waiting for approval; no second claim meanwhile.</summary>
    public Guid? PendingClaimId { get; private set; }

    public CustomerStatus? StatusBeforeRecycle { get; private set; }

    public DateTimeOffset? RecycledAt { get; private set; }

    public Guid? RecycledById { get; private set; }

    public IReadOnlyCollection<CustomerTag> Tags => _tags.AsReadOnly();

    public IReadOnlyCollection<FollowUp> FollowUps => _followUps.AsReadOnly();

    public int? AgeOn(DateOnly today)
    {
        if (Birthday is not { } b)
        {
            return null;
        }

        var age = today.Year - b.Year;
        return b.AddYears(age) > today ? age - 1 : age;
    }

    public void UpdateProfile(CustomerProfile profile) => Apply(profile);

    /// <summary>The current facts as a profile, the starting point of an edit.</summary>
    public CustomerProfile ToProfile() => new()
    {
        Name = Name,
        Mobile = Mobile,
        Gender = Gender,
        Birthday = Birthday,
        IdType = IdType,
        IdNumber = IdNumber,
        WeChatId = WeChatId,
        Occupation = Occupation,
        Address = Address,
        SourceChannel = SourceChannel,
        SourceType = SourceType,
        Inviter = Inviter,
        IntendedProduct = IntendedProduct,
        SigningIntention = SigningIntention,
        Remarks = Remarks,
    };

    public void JoinFamily(Guid familyArchiveId) => FamilyArchiveId = familyArchiveId;

    public void TransferTo(Guid ownerId, Guid departmentId)
    {
        RequireStatus(CustomerStatus.Active, "只有正常状态的客户可以转移负责人");
        OwnerId = ownerId;
        DepartmentId = departmentId;
    }

    /// <summary>释放: the customer leaves its owner and enters the pool.</summary>
    public void ReleaseToPool(DateTimeOffset now)
    {
        RequireStatus(CustomerStatus.Active, "只有正常状态的客户可以释放到公海");
        PreviousOwnerId = OwnerId;
        PreviousDepartmentId = DepartmentId;
        ReleasedAt = now;
        Status = CustomerStatus.InPool;
    }

    /// <summary>A claim by someone of another group than the customer's former one needs that group leader's approval.</summary>
    public bool ClaimNeedsApproval(Guid claimantDepartmentId) =>
        PreviousDepartmentId is { } previous && previous != claimantDepartmentId;

    public void BeginClaim(Guid claimId)
    {
        RequireStatus(CustomerStatus.InPool, "该客户已不在公海中");
        if (PendingClaimId is not null)
        {
            throw new DomainException($"客户“{Name}”已有待审核的分配申请");
        }

        PendingClaimId = claimId;
    }

    public void CancelClaim(Guid claimId)
    {
        if (PendingClaimId == claimId)
        {
            PendingClaimId = null;
        }
    }

    /// <summary>分配 / 分配给我 / 直接分配: the pool customer gets an owner again.</summary>
    public void AssignFromPool(Guid ownerId, Guid departmentId, Guid? claimId = null)
    {
        RequireStatus(CustomerStatus.InPool, $"客户“{Name}”已不在公海中");
        if (PendingClaimId is not null && PendingClaimId != claimId)
        {
            throw new DomainException($"客户“{Name}”已有待审核的分配申请");
        }

        OwnerId = ownerId;
        DepartmentId = departmentId;
        PendingClaimId = null;
        Status = CustomerStatus.Active;
    }

    /// <summary>删除 into the recycle bin; refused while any business record (contract, payment …) uses the customer.</summary>
    public void MoveToRecycleBin(Guid actorId, bool usedByBusiness, DateTimeOffset now)
    {
        if (Status == CustomerStatus.Recycled)
        {
            throw new DomainException($"客户“{Name}”已在回收站中");
        }

        if (usedByBusiness)
        {
            throw new DomainException($"客户“{Name}”已有业务记录（合同、回款等），不能删除");
        }

        if (PendingClaimId is not null)
        {
            throw new DomainException($"客户“{Name}”有待审核的分配申请，不能删除");
        }

        StatusBeforeRecycle = Status;
        Status = CustomerStatus.Recycled;
        RecycledAt = now;
        RecycledById = actorId;
    }

    /// <summary>恢复: back to where it was before deletion.</summary>
    public void Restore()
    {
        RequireStatus(CustomerStatus.Recycled, $"客户“{Name}”不在回收站中");
        Status = StatusBeforeRecycle ?? CustomerStatus.Active;
        StatusBeforeRecycle = null;
        RecycledAt = null;
        RecycledById = null;
    }

    private void RequireStatus(CustomerStatus expected, string message)
    {
        if (Status != expected)
        {
            throw new DomainException(message);
        }
    }

    public FollowUp AddFollowUp(FollowUpType type, string content, DateTimeOffset? nextAt, Guid staffId, DateTimeOffset at)
    {
        var followUp = new FollowUp(Id, type, content, nextAt, staffId, at);
        _followUps.Add(followUp);
        LastFollowUpAt = at;
        NextFollowUpAt = nextAt;
        return followUp;
    }

    /// <summary>Replaces the tags: trimmed, de-duplicated, each at most <see cref="CustomerTag.NameMaxLength"/> characters.</summary>
    public void SetTags(IEnumerable<string> names)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count > MaxTags)
        {
            throw new DomainException($"标签最多{MaxTags}个", "Tags");
        }

        if (wanted.FirstOrDefault(n => n.Length > CustomerTag.NameMaxLength) is { } tooLong)
        {
            throw new DomainException($"标签“{tooLong[..CustomerTag.NameMaxLength]}…”超过{CustomerTag.NameMaxLength}个字符", "Tags");
        }

        _tags.RemoveAll(t => !wanted.Contains(t.Name));
        foreach (var name in wanted.Where(n => _tags.All(t => t.Name != n)))
        {
            _tags.Add(new CustomerTag(Id, name));
        }
    }

    private void Apply(CustomerProfile p)
    {
        var mobileError = MobileNumber.Validate(p.Mobile);
        if (mobileError is not null)
        {
            throw new DomainException(mobileError, nameof(Mobile));
        }

        string? idNumber = null;
        if (!string.IsNullOrWhiteSpace(p.IdNumber))
        {
            if (p.IdType is not { } type)
            {
                throw new DomainException("请选择证件类型", nameof(IdType));
            }

            var idError = IdDocument.Validate(type, p.IdNumber);
            if (idError is not null)
            {
                throw new DomainException(idError, nameof(IdNumber));
            }

            idNumber = IdDocument.Normalize(p.IdNumber);
        }

        Name = Guard.Required(p.Name, "客户姓名", NameMaxLength, nameof(Name));
        Mobile = MobileNumber.Normalize(p.Mobile);
        Gender = p.Gender;
        Birthday = p.Birthday ?? (p.IdType is { } t ? IdDocument.BirthDate(t, idNumber) : null);
        IdType = idNumber is null ? null : p.IdType;
        IdNumber = idNumber;
        WeChatId = Guard.Optional(p.WeChatId, "微信号", WeChatIdMaxLength, nameof(WeChatId));
        Occupation = Guard.Optional(p.Occupation, "职业", OccupationMaxLength, nameof(Occupation));
        Address = Guard.Optional(p.Address, "地址", AddressMaxLength, nameof(Address));
        SourceChannel = p.SourceChannel;
        SourceType = Guard.Optional(p.SourceType, "来源类型", SourceTypeMaxLength, nameof(SourceType));
        Inviter = Guard.Optional(p.Inviter, "邀约人", InviterMaxLength, nameof(Inviter));
        IntendedProduct = Guard.Optional(p.IntendedProduct, "意向产品", IntendedProductMaxLength, nameof(IntendedProduct));
        SigningIntention = p.SigningIntention;
        Remarks = Guard.Optional(p.Remarks, "备注", RemarksMaxLength, nameof(Remarks));
    }

    /// <summary>The WeChat openid bound by real-name verification (实名认证); null until verified.</summary>
    public string? WeChatOpenId { get; private set; }

    public DateTimeOffset? RealNameVerifiedAt { get; private set; }

    public bool IsRealNameVerified => RealNameVerifiedAt is not null;

    /// <summary>Binds the openid once real-name verification has passed (face or manual review).</summary>
    public void CompleteRealNameVerification(string openId, DateTimeOffset at)
    {
        openId = Guard.Required(openId, "openid", WeChatOpenIdMaxLength);
        // One WeChat account per customer record: a second account must not take over a verified customer.
        if (WeChatOpenId is not null && WeChatOpenId != openId)
        {
            throw new DomainException($"客户“{Name}”已绑定其他微信账号");
        }

        if (Status == CustomerStatus.Recycled)
        {
            throw new DomainException($"客户“{Name}”已在回收站中，不能完成实名认证");
        }

        WeChatOpenId = openId;
        RealNameVerifiedAt ??= at;
    }

    /// <summary>Electronic signing and signing pushes need a verified customer (SPEC §2.2, §6.4).</summary>
    public void EnsureRealNameVerified() => EnsureRealNameVerified(null);

    /// <param name="field">The input the refusal concerns, when the caller has one (e.g. the task type).</param>
    public void EnsureRealNameVerified(string? field)
    {
        if (!IsRealNameVerified)
        {
            throw new DomainException("客户未实名，无法推送", field);
        }
    }
}
