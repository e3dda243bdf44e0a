using CellCrm.Domain.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CellCrm.Infrastructure.Files;

public static class FilesSetup
{
    /// <summary>The file store (local disk under <c>Files:Root</c>, default App_Data/files under the content root;
    /// or an S3-compatible bucket when <c>Files:Provider</c> is <c>S3</c>) and the upload service.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<FilesOptions>().Bind(configuration.GetSection(FilesOptions.Section))
            .Validate(o => o.MaxUploadBytes > 0, "Files:MaxUploadBytes must be positive")
            .ValidateOnStart();
        services.AddScoped<FileUploadService>();

        var options = configuration.GetSection(FilesOptions.Section).Get<FilesOptions>() ?? new FilesOptions();
        if (options.Provider == FileStoreProvider.S3)
        {
            var s3 = options.S3;
            if (string.IsNullOrWhiteSpace(s3.Bucket) || string.IsNullOrWhiteSpace(s3.ServiceUrl))
            {
                throw new InvalidOperationException("Files:Provider is S3: Files:S3:ServiceUrl and Files:S3:Bucket are required.");
            }

            services.AddSingleton(sp => new S3FileStore(S3FileStore.CreateClient(s3), s3.Bucket, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<S3FileStore>());
            services.AddSingleton<IFileExistence>(sp => sp.GetRequiredService<S3FileStore>());
            return services;
        }

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FilesOptions>>().Value;
            var root = Path.GetFullPath(Path.Combine(contentRoot, options.Root));
            var webRoot = Path.GetFullPath(Path.Combine(contentRoot, "wwwroot")) + Path.DirectorySeparatorChar;
            if ((root + Path.DirectorySeparatorChar).StartsWith(webRoot, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Files:Root must not lie under wwwroot: files are served only through endpoints that check the viewer.");
            }

            return new LocalDiskFileStore(root, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<LocalDiskFileStore>());
        services.AddSingleton<IFileExistence>(sp => sp.GetRequiredService<LocalDiskFileStore>());
        return services;
    }
}
