using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Customers;

/// <summary>跨部门客户共享 (§4.2): the request, sent to the applicant's division leader on the approval mechanism.</summary>
public sealed class CustomerShareService(CellCrmDbContext db, ApprovalService approvals, INumberGenerator numbers, TimeProvider clock)
{
    public const string NumberPrefix = "K8MGX";

    public async Task<CustomerShare> RequestAsync(ShareRequestInput input, StaffRef applicant, AccessScope applicantScope, CancellationToken ct)
    {
        var mobileError = MobileNumber.Validate(input.Mobile);
        if (mobileError is not null)
        {
            throw new DomainException(mobileError, nameof(input.Mobile));
        }

        var hash = db.Protector.LookupHash(MobileNumber.Normalize(input.Mobile));
        var customer = await db.Customers.AsNoTracking()
            .Where(c => EF.Property<string>(c, CustomerConfiguration.MobileHash) == hash && c.Status == CustomerStatus.Active)
            .Select(c => new { c.Id, c.OwnerId, c.DepartmentId })
            .FirstOrDefaultAsync(ct)
            ?? throw new DomainException("没有找到该手机号的客户，请直接新建客户", nameof(input.Mobile));
        if (applicantScope.Covers(customer.Id, customer.OwnerId, customer.DepartmentId))
        {
            throw new DomainException("您已可以查看该客户，无需申请共享", nameof(input.Mobile));
        }

        if (await db.CustomerShares.AnyAsync(s => s.ApplicantId == applicant.Id && s.CustomerId == customer.Id
                && (s.Status == CustomerShareStatus.PendingApproval || s.Status == CustomerShareStatus.Active), ct))
        {
            throw new DomainException("您已有该客户进行中的共享申请");
        }

        var department = await db.Staff.Where(s => s.Id == applicant.Id).Select(s => s.DepartmentId).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var share = new CustomerShare(await numbers.NextAsync(NumberPrefix, now, ct), customer.Id, input.Type, input.Name, input.Mobile,
            input.Reason, applicant.Id, department, customer.OwnerId, now);
        db.CustomerShares.Add(share);
        await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.CustomerShare, share.Id,
            $"跨部门客户共享：{share.RequestedName}（{share.Number}）", applicant, department, Comment: share.Reason), ct);
        return share;
    }
}
