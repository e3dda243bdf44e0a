using CellCrm.Domain.Common;
using CellCrm.Domain.Files;
using CellCrm.Domain.Health;
using CellCrm.Domain.Notifications;
using CellCrm.Domain.Tasks;
using CellCrm.Infrastructure.Files;
using CellCrm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CellCrm.Infrastructure.Health;

/// <summary>体检报告 of a demand list (SPEC §3.2, seed 000 §3.2–3.4): upload (by the recipient in the portal or by staff
/// on the customer's behalf), remove before 完成上传, 完成上传 and reopening. Callers check who may act on the list;
/// this service applies the list's rules. Removing a report and completing save the list too (its version guards
/// against a removal racing 完成上传); an upload that finished streaming after 完成上传 is taken back.</summary>
public sealed class DemandReportService(CellCrmDbContext db, FileUploadService uploads, INotifier notifier, TimeProvider clock)
{
    public long MaxBytes => uploads.MaxBytes;

    public async Task<IReadOnlyList<StoredFile>> ListAsync(Guid listId, CancellationToken ct) =>
        await db.StoredFiles.AsNoTracking().Where(f => f.OwnerType == DemandReports.OwnerType && f.OwnerId == listId)
            .OrderBy(f => f.UploadedAt).ThenBy(f => f.Id).ToListAsync(ct);

    public Task<StoredFile?> FindAsync(Guid listId, Guid fileId, CancellationToken ct) =>
        db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.OwnerType == DemandReports.OwnerType && f.OwnerId == listId, ct);

    /// <summary>Streams one report from the request (multipart, first file part) into the store. The list is checked
    /// before a byte is read, so a closed list refuses at once.</summary>
    public async Task<UploadResult> UploadAsync(Guid listId, HttpRequest request, Uploader uploader, CancellationToken ct)
    {
        var list = await db.DemandLists.AsNoTracking().SingleOrDefaultAsync(d => d.Id == listId, ct)
            ?? throw new DomainException("需求清单不存在");
        list.EnsureReportsOpen();

        var result = await uploads.UploadFromRequestAsync(request, DemandReports.OwnerOf(listId), uploader, FileUploadService.ReportTypes, ct);
        if (result.File is not { } file)
        {
            return result;
        }

        // 完成上传 may have been pressed while this file was streaming: a report stored after it does not count.
        var completedAt = await db.DemandLists.AsNoTracking().Where(d => d.Id == listId).Select(d => d.ReportsCompletedAt).SingleAsync(ct);
        if (completedAt is not null && file.UploadedAt >= completedAt)
        {
            await uploads.DeleteAsync(await db.StoredFiles.SingleAsync(f => f.Id == file.Id, ct), ct);
            return UploadResult.Refused("体检报告已完成上传，不能再更改；如需补充或删除，请联系您的顾问重新开放上传");
        }

        return result;
    }

    /// <summary>Removes a report before 完成上传: the record (audited under the list) and then its bytes.</summary>
    public async Task RemoveAsync(Guid listId, Guid fileId, CancellationToken ct)
    {
        var list = await db.DemandLists.SingleOrDefaultAsync(d => d.Id == listId, ct) ?? throw new DomainException("需求清单不存在");
        var file = await db.StoredFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.OwnerType == DemandReports.OwnerType && f.OwnerId == listId, ct)
            ?? throw new DomainException("该报告不存在或已删除");
        list.EnsureReportsOpen();
        // Saved with the list's version checked and moved on, so a removal and a 完成上传 cannot both succeed on the
        // same state (the report would vanish from a completed list). Version is not audited; the file's removal is.
        db.Entry(list).Property(nameof(AggregateRoot.Version)).IsModified = true;
        try
        {
            await uploads.DeleteAsync(file, ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("需求清单刚刚有更新，请刷新页面后重试");
        }
    }

    /// <summary>完成上传: marks the reports complete, completes the list's pending 体检清单/报告上传 tasks and tells the
    /// advisor, in one save. Returns false when the reports were already complete (a double tap marks once).</summary>
    public async Task<bool> CompleteAsync(Guid listId, string byName, Guid? byStaffId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var list = await db.DemandLists.SingleOrDefaultAsync(d => d.Id == listId, ct) ?? throw new DomainException("需求清单不存在");
            if (list.ReportsCompletedAt is not null)
            {
                return false;
            }

            var count = await db.StoredFiles.CountAsync(f => f.OwnerType == DemandReports.OwnerType && f.OwnerId == listId, ct);
            var now = clock.GetUtcNow();
            list.MarkReportsComplete(count, now);
            var tasks = await db.CustomerTasks.Where(t => t.SubjectType == nameof(DemandList) && t.SubjectId == listId
                && t.State == CustomerTaskState.Pending
                && (t.Type == CustomerTaskType.ExamChecklist || t.Type == CustomerTaskType.ReportUpload)).ToListAsync(ct);
            foreach (var task in tasks)
            {
                task.Complete(now);
            }

            if (byStaffId != list.OwnerId)
            {
                notifier.Notify(list.OwnerId, "体检报告已上传完成", $"{byName}已完成需求清单{list.Number}的体检报告上传（共{count}份）。", $"/DemandLists/Details/{list.Id}");
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (Exception e) when (SaveConflicts.IsConflict(e))
            {
                // A second tap (or a removal) saved first: look again from the database.
                db.ChangeTracker.Clear();
            }
        }

        throw new DomainException("需求清单刚刚有更新，请刷新页面后重试");
    }

    /// <summary>The advisor reopens the upload (more reports needed): the customer can add and remove again.</summary>
    public async Task ReopenAsync(Guid listId, int version, CancellationToken ct)
    {
        var list = await db.DemandLists.SingleOrDefaultAsync(d => d.Id == listId, ct) ?? throw new DomainException("需求清单不存在");
        if (list.Version != version)
        {
            throw new DomainException("该需求清单已被他人更新，请刷新页面后重试");
        }

        if (list.ReportsCompletedAt is null)
        {
            return;
        }

        list.ReopenReports();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SaveConflicts.IsConflict(e))
        {
            throw new DomainException("该需求清单已被他人更新，请刷新页面后重试");
        }
    }
}
