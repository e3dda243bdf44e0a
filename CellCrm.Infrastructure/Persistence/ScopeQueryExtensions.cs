using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Health;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.Organization;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>The list-side twin of <see cref="AccessScope.Covers"/>: the same three cases as a query filter.</summary>
public static class ScopeQueryExtensions
{
    /// <summary>Active customers (not in the pool or the recycle bin) that <paramref name="scope"/> covers.</summary>
    public static IQueryable<Customer> VisibleTo(this IQueryable<Customer> customers, AccessScope scope)
    {
        customers = customers.Where(c => c.Status == CustomerStatus.Active);
        var staffId = scope.StaffId;
        var departments = scope.DepartmentIds.ToList();
        var shared = scope.SharedCustomerIds.ToList();
        return scope.Level switch
        {
            DataScope.All => customers,
            DataScope.DepartmentSubtree => customers.Where(c => c.OwnerId == staffId || departments.Contains(c.DepartmentId) || shared.Contains(c.Id)),
            DataScope.Own => customers.Where(c => c.OwnerId == staffId || shared.Contains(c.Id)),
        };
    }

    /// <summary>Demand lists <paramref name="scope"/> covers (owner, department subtree, shared recipient), plus
    /// those assigned to the staff member as medical expert.</summary>
    public static IQueryable<DemandList> VisibleTo(this IQueryable<DemandList> lists, AccessScope scope)
    {
        var staffId = scope.StaffId;
        var departments = scope.DepartmentIds.ToList();
        var shared = scope.SharedCustomerIds.ToList();
        return scope.Level switch
        {
            DataScope.All => lists,
            DataScope.DepartmentSubtree => lists.Where(d => d.OwnerId == staffId || d.MedicalExpertId == staffId
                || departments.Contains(d.DepartmentId) || shared.Contains(d.RecipientId)),
            DataScope.Own => lists.Where(d => d.OwnerId == staffId || d.MedicalExpertId == staffId || shared.Contains(d.RecipientId)),
        };
    }

    /// <summary>Contracts <paramref name="scope"/> covers: owner, department subtree, or a customer shared to the viewer.</summary>
    public static IQueryable<Contract> VisibleTo(this IQueryable<Contract> contracts, AccessScope scope)
    {
        var staffId = scope.StaffId;
        var departments = scope.DepartmentIds.ToList();
        var shared = scope.SharedCustomerIds.ToList();
        return scope.Level switch
        {
            DataScope.All => contracts,
            DataScope.DepartmentSubtree => contracts.Where(c => c.OwnerId == staffId || departments.Contains(c.DepartmentId) || shared.Contains(c.CustomerId)),
            DataScope.Own => contracts.Where(c => c.OwnerId == staffId || shared.Contains(c.CustomerId)),
        };
    }

    /// <summary>Offline collections <paramref name="scope"/> covers, by the same three cases as their contracts.</summary>
    public static IQueryable<OfflineCollection> VisibleTo(this IQueryable<OfflineCollection> collections, AccessScope scope)
    {
        var staffId = scope.StaffId;
        var departments = scope.DepartmentIds.ToList();
        var shared = scope.SharedCustomerIds.ToList();
        return scope.Level switch
        {
            DataScope.All => collections,
            DataScope.DepartmentSubtree => collections.Where(c => c.OwnerId == staffId || departments.Contains(c.DepartmentId) || shared.Contains(c.CustomerId)),
            DataScope.Own => collections.Where(c => c.OwnerId == staffId || shared.Contains(c.CustomerId)),
        };
    }
}
