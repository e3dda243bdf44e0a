using CellCrm.Domain.Agreements;
using CellCrm.Domain.Approvals;
using CellCrm.Domain.Catalog;
using CellCrm.Domain.Common;
using CellCrm.Domain.Contracts;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Files;
using CellCrm.Domain.Health;
using CellCrm.Domain.Invoices;
using CellCrm.Domain.Messaging;
using CellCrm.Domain.Notifications;
using CellCrm.Domain.OfflineCollections;
using CellCrm.Domain.Organization;
using CellCrm.Domain.PaymentSplits;
using CellCrm.Domain.Payments;
using CellCrm.Domain.RealName;
using CellCrm.Domain.Refunds;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Identity;
using CellCrm.Infrastructure.Messaging.Sandbox;
using CellCrm.Infrastructure.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Persistence;

/// <summary>The one database of CellCrm. Each provider has a subclass that owns its migrations
/// (<see cref="MySqlCellCrmDbContext"/>, <see cref="SqliteCellCrmDbContext"/>); code depends on this type.</summary>
public abstract class CellCrmDbContext(DbContextOptions options, IPersonalDataProtector protector)
    : IdentityDbContext<StaffAccount, StaffRole, Guid>(options)
{
    public IPersonalDataProtector Protector { get; } = protector;

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<FamilyArchive> FamilyArchives => Set<FamilyArchive>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<CustomerTag> CustomerTags => Set<CustomerTag>();

    public DbSet<Hospital> Hospitals => Set<Hospital>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApprovalFlowDefinition> ApprovalFlows => Set<ApprovalFlowDefinition>();

    public DbSet<ApprovalRequest> ApprovalRequests => Set<ApprovalRequest>();

    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();

    public DbSet<ApprovalAssignee> ApprovalAssignees => Set<ApprovalAssignee>();

    public DbSet<ApprovalAction> ApprovalActions => Set<ApprovalAction>();

    public DbSet<ApprovalSnooze> ApprovalSnoozes => Set<ApprovalSnooze>();

    public DbSet<CustomerShare> CustomerShares => Set<CustomerShare>();

    public DbSet<CustomerMilestone> CustomerMilestones => Set<CustomerMilestone>();

    public DbSet<PoolClaim> PoolClaims => Set<PoolClaim>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DemandList> DemandLists => Set<DemandList>();

    public DbSet<DemandPlanVersion> DemandPlanVersions => Set<DemandPlanVersion>();

    public DbSet<QuestionnaireTemplate> QuestionnaireTemplates => Set<QuestionnaireTemplate>();

    public DbSet<QuestionnaireTemplateVersion> QuestionnaireTemplateVersions => Set<QuestionnaireTemplateVersion>();

    public DbSet<SubmittedQuestionnaire> SubmittedQuestionnaires => Set<SubmittedQuestionnaire>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<RealNameVerification> RealNameVerifications => Set<RealNameVerification>();

    public DbSet<RealNameNotice> RealNameNotices => Set<RealNameNotice>();

    public DbSet<CustomerTask> CustomerTasks => Set<CustomerTask>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<PortalMessage> PortalMessages => Set<PortalMessage>();

    public DbSet<BulkPushRun> BulkPushRuns => Set<BulkPushRun>();

    public DbSet<SandboxMessage> SandboxMessages => Set<SandboxMessage>();

    public DbSet<PaymentLink> PaymentLinks => Set<PaymentLink>();

    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();

    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<MarketPolicy> MarketPolicies => Set<MarketPolicy>();

    public DbSet<DiscountApplication> DiscountApplications => Set<DiscountApplication>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<OfflineCollection> OfflineCollections => Set<OfflineCollection>();

    public DbSet<PrepaymentAccount> PrepaymentAccounts => Set<PrepaymentAccount>();

    public DbSet<PaymentPlan> PaymentPlans => Set<PaymentPlan>();

    public DbSet<SupplementaryAgreement> SupplementaryAgreements => Set<SupplementaryAgreement>();

    public DbSet<Domain.Signing.SignableDocument> SignableDocuments => Set<Domain.Signing.SignableDocument>();

    public DbSet<RefundApplication> RefundApplications => Set<RefundApplication>();

    public DbSet<PaymentSplit> PaymentSplits => Set<PaymentSplit>();

    public DbSet<InvoiceApplication> InvoiceApplications => Set<InvoiceApplication>();

    /// <summary>The stored lookup hash of a personal-data property, for use inside LINQ queries.</summary>
    public static string LookupHashOf(object entity, string hashColumn) => EF.Property<string>(entity, hashColumn);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CellCrmDbContext).Assembly, t => t.Namespace == typeof(Configurations.CustomerConfiguration).Namespace);
        new Configurations.CustomerConfiguration(Protector).Configure(builder.Entity<Customer>());
        new Configurations.StaffMemberConfiguration(Protector).Configure(builder.Entity<StaffMember>());
        new Configurations.RealNameVerificationConfiguration(Protector).Configure(builder.Entity<RealNameVerification>());
        new Configurations.ContractConfiguration(Protector).Configure(builder.Entity<Contract>());
        new Configurations.SubmittedQuestionnaireConfiguration(Protector).Configure(builder.Entity<SubmittedQuestionnaire>());
        new Configurations.RefundApplicationConfiguration(Protector).Configure(builder.Entity<RefundApplication>());

        // Ids are made by the application (Entity): a new child found through a navigation must be inserted,
        // which EF does only for keys it does not generate itself.
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }

        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken()
                .HasAnnotation(ModelAnnotations.NotAudited, true);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data stays readable and reordering members cannot corrupt it.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
