using Dapper;
using System.Data;
using CCHC.Warehouse.Model;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// Applies source files to the warehouse, one file or a batch of files per transaction: what a transaction holds is
/// stored whole or not at all.
/// </summary>
/// <remarks>
/// The loader remembers what it read of the warehouse (the content hashes applied, each touched unit's submissions
/// and fact owners) and keeps that up to date itself, so a file costs no query of its own. It must therefore be the
/// only writer of the load and fact tables while it is used, as a run is under the publisher's writer lock.
/// </remarks>
public sealed class FileLoader(DuckDBConnection connection, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly LoadMemory memory = new(connection);

    /// <summary>Whether these bytes were applied before (loaded or rejected); the ETL skips such files.</summary>
    public bool IsKnown(string contentHash) => memory.KnownHashes().Contains(contentHash);

    /// <summary>The content hashes applied so far, as a copy that other threads may read while this loader writes.</summary>
    public IReadOnlySet<string> KnownContentHashes() => memory.KnownHashes().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Stores the file's submissions, their facts and rejects, superseding older submissions of the same unit,
    /// appendix and department. On any failure nothing of the file remains and the exception is rethrown.
    /// </summary>
    /// <exception cref="InvalidOperationException">The same bytes were applied before (see <see cref="IsKnown"/>).</exception>
    public FileLoadOutcome Apply(FileReadResult file) => Apply([file])[0];

    /// <summary>
    /// Stores the files in this order, as <see cref="Apply(FileReadResult)"/> one after the other would, but in one
    /// transaction: on any failure nothing of any of them remains and the exception is rethrown.
    /// </summary>
    /// <exception cref="InvalidOperationException">Some bytes were applied before, or come twice.</exception>
    public IReadOnlyList<FileLoadOutcome> Apply(IReadOnlyList<FileReadResult> files)
    {
        var known = memory.KnownHashes();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            if (known.Contains(file.File.ContentHash) || !hashes.Add(file.File.ContentHash))
                throw new InvalidOperationException($"'{file.File.FileName}' was applied before (content hash {file.File.ContentHash}).");

        try
        {
            using var transaction = connection.BeginTransaction();
            var outcomes = Apply(files, transaction);
            transaction.Commit();
            known.UnionWith(hashes);
            return outcomes;
        }
        catch
        {
            // The transaction is rolled back; what was remembered during it may name rows that no longer exist.
            memory.Forget();
            throw;
        }
    }

    /// <summary>
    /// Makes a file loaded before, and replaced since, the one in force again: each of its superseded submissions
    /// becomes active and supersedes the one active now, whatever their dates (see
    /// <see cref="SubmissionLoader.Restore"/>). Status "restored", or "unchanged" when all of them are active already.
    /// On any failure nothing changed and the exception is rethrown.
    /// </summary>
    /// <param name="file">The file read again: the same bytes as the load it restores.</param>
    /// <exception cref="InvalidOperationException">No loaded file has these bytes, or they read differently now.</exception>
    public FileLoadOutcome Restore(FileReadResult file)
    {
        var load = connection.QuerySingleOrDefault<LoadedFile>(SqlResource.Read("Loading/loaded_file_of_content.sql"), new { file.File.ContentHash })
            ?? throw new InvalidOperationException($"'{file.File.FileName}' was never loaded (content hash {file.File.ContentHash}).");
        try
        {
            using var transaction = connection.BeginTransaction();
            var stored = connection.Query<SubmissionRow>(SqlResource.Read("Loading/submissions_of_load.sql"), new { load.LoadId }, transaction).ToList();
            memory.Recall(file.Submissions.Select(submission => submission.UnitCode), transaction);
            var batch = new FileBatch();
            var restored = new List<SubmissionOutcome>();
            foreach (var submission in file.Submissions)
            {
                var row = stored.FirstOrDefault(s => s.AppendixCode == submission.AppendixCode && s.UnitCode == submission.UnitCode
                        && s.DepartmentCode == submission.DepartmentCode && s.Sheet == submission.Sheet)
                    ?? throw new InvalidOperationException($"'{load.FileName}' reads differently now than when it was loaded (catalogue changed?).");
                stored.Remove(row);
                if (row.Status == "active") continue;
                var newness = new Newness(row.EffectiveDate, load.ModifiedUtc, load.FileName, load.LoadId, row.SubmissionId, !row.IsSample);
                restored.Add(SubmissionLoader.Restore(batch, memory.Unit(submission.UnitCode), row, newness, load.FileName, submission));
            }
            batch.Write(connection, transaction);
            transaction.Commit();
            return new FileLoadOutcome(load.FileName, restored.Count > 0 ? "restored" : "unchanged",
                restored.Sum(o => o.IndicatorFacts), restored.Sum(o => o.TargetFacts), restored.Sum(o => o.OrgCountFacts), 0,
                SupersededSubmissions: restored.Count(o => o.SupersededOlder), SupersededByNewer: 0);
        }
        catch
        {
            memory.Forget();
            throw;
        }
    }

    private sealed record LoadedFile(long LoadId, string FileName, DateTime ModifiedUtc);

    private List<FileLoadOutcome> Apply(IReadOnlyList<FileReadResult> files, IDbTransaction transaction)
    {
        var loaded = files.Where(file => !file.IsRejected).ToList();
        var loadIds = IdReservation.Take(connection, transaction, "Loading/reserve_load_ids.sql", files.Count);
        var submissionIds = IdReservation.Take(connection, transaction, "Loading/reserve_submission_ids.sql",
            loaded.Sum(file => file.Submissions.Count));
        memory.Recall(loaded.SelectMany(file => file.Submissions).Select(submission => submission.UnitCode), transaction);

        var batch = new FileBatch();
        var outcomes = new List<FileLoadOutcome>(files.Count);
        foreach (var file in files)
        {
            var loadId = loadIds.Dequeue();
            // TIMESTAMP keeps microseconds; compare new files in memory as they will read back from the table.
            var modifiedUtc = ToMicroseconds(file.File.ModifiedUtc);
            batch.Add(new LoadFileRow(
                loadId, file.File.FileName, file.File.ContentHash, file.File.SizeBytes, modifiedUtc,
                ToMicroseconds(clock.GetUtcNow().UtcDateTime), file.IsRejected ? "rejected" : "loaded", file.RejectReason));

            var rejects = new List<RejectRow>();
            outcomes.Add(file.IsRejected
                ? Rejected(file, loadId, rejects)
                : Loaded(batch, file, loadId, submissionIds, modifiedUtc, rejects));
            batch.Add(rejects);
            batch.Add(file.Notes.Select((note, i) => new NoteRow(loadId, i + 1, file.File.FileName, note.Sheet, note.Cell, note.Note)));
        }
        batch.Write(connection, transaction);
        return outcomes;
    }

    private static FileLoadOutcome Rejected(FileReadResult file, long loadId, List<RejectRow> rejects)
    {
        rejects.Add(new RejectRow(loadId, file.File.FileName, file.RejectSheet, file.RejectCell, file.RejectReason!));
        return new FileLoadOutcome(file.File.FileName, "rejected", 0, 0, 0, Rejects: 1, 0, 0);
    }

    private FileLoadOutcome Loaded(
        FileBatch batch, FileReadResult file, long loadId, Queue<long> submissionIds, DateTime modifiedUtc, List<RejectRow> rejects)
    {
        var outcomes = file.Submissions
            .Select(submission => SubmissionLoader.Apply(batch, memory.Unit(submission.UnitCode), loadId, submissionIds.Dequeue(),
                file.File.FileName, modifiedUtc, submission, rejects))
            .ToList();
        // Appendices of the file that could not be read are its rejects too; the rest of the file stands.
        rejects.AddRange(file.SheetRejects.Select(reject => new RejectRow(loadId, file.File.FileName, reject.Sheet, reject.Cell, reject.Reason)));
        var allSuperseded = outcomes.Count > 0 && outcomes.All(outcome => outcome.SupersededByNewer);
        return new FileLoadOutcome(
            file.File.FileName,
            allSuperseded ? "superseded" : "loaded",
            outcomes.Sum(outcome => outcome.IndicatorFacts),
            outcomes.Sum(outcome => outcome.TargetFacts),
            outcomes.Sum(outcome => outcome.OrgCountFacts),
            rejects.Count,
            SupersededSubmissions: outcomes.Count(outcome => outcome.SupersededOlder),
            SupersededByNewer: outcomes.Count(outcome => outcome.SupersededByNewer));
    }

    private static DateTime ToMicroseconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }
}

