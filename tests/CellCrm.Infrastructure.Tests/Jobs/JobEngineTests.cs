using CellCrm.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.Infrastructure.Tests.Jobs;

public sealed class JobEngineFactory : BackOfficeFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddTransient<FlakyJob>();
}

/// <summary>The job engine as the app runs it (Hangfire on Redis): failures are retried and stay visible.</summary>
public class JobEngineTests(JobEngineFactory app) : IClassFixture<JobEngineFactory>
{
    [Fact]
    public async Task FailingJob_IsRetried_UntilItSucceeds_AndItsHistoryShowsTheFailure()
    {
        var key = Guid.NewGuid().ToString("N");
        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<FlakyJob>(j => j.Run(key, 1));

        var state = await WaitForFinalStateAsync(jobId);

        Assert.Equal("Succeeded", state);
        Assert.Equal(2, FlakyJob.AttemptsOf(key));
        // A retried failure is recorded as a Scheduled state whose reason names the attempt and the error.
        var retry = Assert.Single(Monitoring().JobDetails(jobId).History, h => h.StateName == "Scheduled");
        Assert.Contains("Retry attempt 1", retry.Reason);
        Assert.Contains("attempt 1 fails on purpose", retry.Reason);
    }

    [Fact]
    public async Task JobFailingEveryTime_EndsInTheFailedList_NotLost()
    {
        var key = Guid.NewGuid().ToString("N");
        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<FlakyJob>(j => j.Run(key, 100));

        var state = await WaitForFinalStateAsync(jobId);

        Assert.Equal("Failed", state);
        Assert.Equal(4, FlakyJob.AttemptsOf(key));
        Assert.Contains(Monitoring().FailedJobs(0, 100), j => j.Key == jobId);
    }

    private IMonitoringApi Monitoring() => app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

    private async Task<string> WaitForFinalStateAsync(string jobId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var state = Monitoring().JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
            if (state is "Succeeded" or "Failed")
            {
                return state;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Job {jobId} did not finish within 60 s.");
    }
}
