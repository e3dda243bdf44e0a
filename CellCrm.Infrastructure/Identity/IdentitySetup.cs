using CellCrm.Infrastructure.Persistence;
using CellCrm.Infrastructure.Persistence.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Identity;

public static class IdentitySetup
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How soon a deactivation, password reset or role change reaches sessions already signed in, by Identity's
    /// own check. The back office's sign-in cookie checks every request instead (BackOffice StaffSessionCheck).</summary>
    public static readonly TimeSpan SessionRevalidation = TimeSpan.FromMinutes(1);

    /// <summary>Staff accounts on ASP.NET Core Identity with EF stores: lockout after repeated failures,
    /// passwords of 8+ characters with a letter and a digit.</summary>
    public static IdentityBuilder AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var iterations = configuration.GetValue<int?>("Identity:PasswordHashIterations");
        if (iterations is { } n)
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = n);
        }

        var identity = services.AddIdentity<StaffAccount, StaffRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CellCrmDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionRevalidation);
        services.AddScoped<DemoSeeder>();
        return identity;
    }
}
