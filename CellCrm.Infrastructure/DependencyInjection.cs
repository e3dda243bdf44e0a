using CellCrm.Domain.Approvals;
using CellCrm.Domain.Common;
using CellCrm.Domain.Customers;
using CellCrm.Domain.Notifications;
using CellCrm.Infrastructure.AccessScopes;
using CellCrm.Infrastructure.Agreements;
using CellCrm.Infrastructure.Approvals;
using CellCrm.Infrastructure.Contracts;
using CellCrm.Infrastructure.Customers;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Health.Questionnaires;
using CellCrm.Infrastructure.Invoices;
using CellCrm.Infrastructure.Jobs;
using CellCrm.Infrastructure.Messaging;
using CellCrm.Infrastructure.OfflineCollections;
using CellCrm.Infrastructure.PaymentSplits;
using CellCrm.Infrastructure.Payments;
using CellCrm.Infrastructure.Pdf;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Numbering;
using CellCrm.Infrastructure.Persistence.Seed;
using CellCrm.Infrastructure.RealName;
using CellCrm.Infrastructure.Redis;
using CellCrm.Infrastructure.Refunds;
using CellCrm.Infrastructure.RefundWiring;
using CellCrm.Infrastructure.Security;
using CellCrm.Infrastructure.Signing;
using CellCrm.Infrastructure.WeChat;
using CellCrm.Infrastructure.WeChatPay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CellCrm.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Everything both apps share: database, personal-data protection, Redis (or the embedded
    /// in-memory fallback), health checks and seeding.</summary>
    /// <param name="runJobs">Whether this app executes background jobs (the back office) or only enqueues them.</param>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder, bool runJobs = false)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPersonalDataProtector, PersonalDataProtector>();
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<AuditingInterceptor>();
        services.AddAccessScopeCache();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("CellCrm")
            ?? throw new InvalidOperationException("ConnectionStrings:CellCrm is not configured.");
        switch (database.Provider)
        {
            case DatabaseProvider.MySql:
                services.AddDbContext<CellCrmDbContext, MySqlCellCrmDbContext>((sp, o) => o
                    .UseMySql(connectionString, MySqlCellCrmDbContext.ServerVersion)
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<AccessChangeInterceptor>()));
                break;
            case DatabaseProvider.Sqlite:
                services.AddDbContext<CellCrmDbContext, SqliteCellCrmDbContext>((sp, o) => o
                    .UseSqlite(connectionString)
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<AccessChangeInterceptor>()));
                break;
        }

        services.AddCellCrmRedis(configuration, builder.Environment.ContentRootPath);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<RedisHealthCheck>("redis");

        services.AddScoped<ICustomerDuplicateFinder, CustomerDuplicateFinder>();
        services.AddScoped<AccessScopeResolver>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddSingleton<INumberGenerator, NumberGenerator>();
        services.AddScoped<INotifier, DbNotifier>();
        services.AddWeChatPay(configuration);

        services.AddScoped<ApproverResolver>();
        services.AddScoped<ApprovalService>();
        services.AddScoped<IApprovalOutcomeHandler, CustomerShareOutcomeHandler>();
        services.AddScoped<IApprovalOutcomeHandler, PoolClaimOutcomeHandler>();
        services.AddScoped<CustomerUsage>();
        services.AddScoped<CustomerShareService>();
        services.AddScoped<CustomerPoolService>();
        services.AddScoped<DemandListService>();
        services.AddScoped<DemandReportService>();
        services.AddQuestionnaires();
        services.AddCellCrmJobs(configuration, runJobs);
        services.AddWeChat(configuration);
        services.AddFiles(configuration, builder.Environment.ContentRootPath);
        services.AddPdf(configuration, builder.Environment.ContentRootPath);
        services.AddRealName();
        services.AddOutbox(configuration, runJobs);
        services.AddPayments(configuration, runJobs);
        services.AddContracts();
        services.AddOfflineCollections(configuration, runJobs);
        services.AddAgreements();
        services.AddSigning();
        services.AddRefunds(configuration, runJobs);
        services.AddPaymentSplits();
        services.AddRefundWiring();
        services.AddInvoices();
        return builder;
    }
}
