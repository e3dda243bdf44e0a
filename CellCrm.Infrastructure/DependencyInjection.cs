using CellCrm.Domain.Customers;
using CellCrm.Infrastructure.Health;
using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Seed;
using CellCrm.Infrastructure.Redis;
using CellCrm.Infrastructure.Security;
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
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPersonalDataProtector, PersonalDataProtector>();
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<AuditingInterceptor>();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("CellCrm")
            ?? throw new InvalidOperationException("ConnectionStrings:CellCrm is not configured.");
        switch (database.Provider)
        {
            case DatabaseProvider.MySql:
                services.AddDbContext<CellCrmDbContext, MySqlCellCrmDbContext>((sp, o) => o
                    .UseMySql(connectionString, MySqlCellCrmDbContext.ServerVersion)
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                break;
            case DatabaseProvider.Sqlite:
                services.AddDbContext<CellCrmDbContext, SqliteCellCrmDbContext>((sp, o) => o
                    .UseSqlite(connectionString)
                    .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                break;
        }

        services.AddCellCrmRedis(configuration, builder.Environment.ContentRootPath);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<RedisHealthCheck>("redis");

        services.AddScoped<ICustomerDuplicateFinder, CustomerDuplicateFinder>();
        services.AddScoped<AccessScopeResolver>();
        services.AddScoped<ReferenceDataSeeder>();
        return builder;
    }
}
