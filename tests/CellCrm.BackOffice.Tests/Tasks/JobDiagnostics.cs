using CellCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CellCrm.BackOffice.Tests.Tasks;

/// <summary>What the job engine holds, for the message of a test that waited in vain for a background job.</summary>
internal static class JobDiagnostics
{
    public static string Describe(BackOfficeFactory app)
    {
        var monitor = app.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var stats = monitor.GetStatistics();
        var failed = string.Join(" | ", monitor.FailedJobs(0, 5).Select(j => j.Value.ExceptionMessage));
        var processing = string.Join(" | ", monitor.ProcessingJobs(0, 5).Select(j => j.Value.Job?.Method.Name + " since " + j.Value.StartedAt));
        var scheduled = string.Join(" | ", monitor.ScheduledJobs(0, 5).Select(j => j.Value.Job?.Method.Name + " at " + j.Value.EnqueueAt + ": " + monitor.JobDetails(j.Key)?.History.FirstOrDefault()?.Reason));
        return $" jobs: enq {stats.Enqueued} proc {stats.Processing} sched {stats.Scheduled} ok {stats.Succeeded} failed {stats.Failed} servers {stats.Servers}; failed: {failed}; processing: {processing}; scheduled: {scheduled}";
    }
}
