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

