using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Organization;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Contracts;

/// <summary>优惠申请 (§4.4): created for a customer in the advisor's scope and sent to the department leaders on
/// the approval mechanism in the same unit of work.</summary>
public sealed class DiscountApplicationService(CellCrmDbContext db, ApprovalService approvals, INumberGenerator numbers, TimeProvider clock)
{
    public async Task<DiscountApplication> ApplyAsync(DiscountRequest request, StaffRef applicant, AccessScope scope, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == request.CustomerId)
            .Select(c => new { c.Id, c.Name, c.OwnerId, c.DepartmentId, c.Status }).FirstOrDefaultAsync(ct);
        if (customer is null || customer.Status != CustomerStatus.Active || !scope.Covers(customer.Id, customer.OwnerId, customer.DepartmentId))
        {
            throw new DomainException("客户不存在或不在您的客户范围内", nameof(DiscountRequest.CustomerId));
        }

        var policy = await db.MarketPolicies.AsNoTracking().Include(p => p.Products).FirstOrDefaultAsync(p => p.Id == request.PolicyId, ct)
            ?? throw new DomainException("请选择市场政策", nameof(DiscountRequest.PolicyId));
        var department = await db.Staff.Where(s => s.Id == applicant.Id).Select(s => s.DepartmentId).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var application = new DiscountApplication(await numbers.NextAsync(DiscountApplication.NumberPrefix, now, ct), customer.Id, policy,
            request.VipSource, request.Reason, request.AmountBeforeFen, request.DiscountFen, applicant.Id, department, now);
        db.DiscountApplications.Add(application);
        await approvals.SubmitAsync(new ApprovalSubmission(ApprovalBusinessType.DiscountApplication, application.Id,
            $"优惠申请：{customer.Name}（{application.Number}）", applicant, department, AmountFen: application.DiscountFen,
            Comment: application.Reason), ct);
        return application;
    }
}
