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
/// Every submission and every reported fact is appended and kept; which report is in force is the SQL rule in
/// Supersession/, put into submission_status and the fact tables for the units a transaction touches. The loader remembers
/// the content hashes applied, so it must be the only writer of the load tables while it is used, as a run is under
/// the publisher's writer lock.
/// </remarks>
/// <param name="deferInForce">
/// True for a run that writes a private copy published only when it ends (the ETL's folder load): the rule's answer
/// is then put in once, by <see cref="PutInForce"/> at the end, instead of after every transaction; until then the
/// fact tables and submission_status lag behind. False (the default): every Apply leaves them up to date.
/// </param>
public sealed class FileLoader(DuckDBConnection connection, TimeProvider? clock = null, bool deferInForce = false)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly LoadMemory memory = new(connection);
    private readonly HashSet<string> notInForceYet = new(StringComparer.Ordinal);

    /// <summary>Whether these bytes were applied before (loaded or rejected); the ETL skips such files.</summary>
    public bool IsKnown(string contentHash) => memory.KnownHashes().Contains(contentHash);

    /// <summary>The content hashes applied so far, as a copy that other threads may read while this loader writes.</summary>
    public IReadOnlySet<string> KnownContentHashes() => memory.KnownHashes().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Stores the file's submissions, their facts and rejects; a newer report of the same unit, appendix and
    /// department supersedes the one in force (Supersession/). On any failure nothing of the file remains and the exception is rethrown.
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
            var (outcomes, units) = Apply(files, transaction);
            transaction.Commit();
            known.UnionWith(hashes);
            notInForceYet.UnionWith(units);
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
    /// Makes a file loaded before, and replaced since, the one in force again: the steward's choice, recorded in
    /// load_restore, whatever the dates (Supersession/1_contest.sql): each of its submissions not in force becomes
    /// current and supersedes the one in force now; a submission loaded after this choice contests it as usual.
    /// Status "restored", or "unchanged" when all of them are in force already. Its facts and rejects were stored when
    /// it was first loaded. On any failure nothing changed and the exception is rethrown.
    /// </summary>
    /// <exception cref="InvalidOperationException">No loaded file has these bytes.</exception>
    public FileLoadOutcome Restore(SourceFile file)
    {
        var load = connection.QuerySingleOrDefault<LoadedFile>(SqlResource.Read("Loading/loaded_file_of_content.sql"), new { file.ContentHash })
            ?? throw new InvalidOperationException($"'{file.FileName}' was never loaded (content hash {file.ContentHash}).");
        try
        {
            using var transaction = connection.BeginTransaction();
            var superseded = connection.Query<StoredSubmission>(SqlResource.Read("Loading/submissions_of_load.sql"), new { load.LoadId }, transaction)
                .Where(s => s.Status != "active").ToList();
            var batch = new FileBatch();
            var restoredAt = ToMicroseconds(clock.GetUtcNow().UtcDateTime);
            foreach (var submission in superseded)
                batch.Add(new RestoreRow(submission.SubmissionId, submission.LastSubmissionId, restoredAt), submission.UnitCode);
            batch.Write(connection, transaction);
            transaction.Commit();
            return new FileLoadOutcome(load.FileName, superseded.Count > 0 ? "restored" : "unchanged",
                superseded.Sum(s => s.IndicatorFacts), superseded.Sum(s => s.TargetFacts), superseded.Sum(s => s.OrgCountFacts), 0,
                SupersededSubmissions: superseded.Count, SupersededByNewer: 0);
        }
        catch
        {
            memory.Forget();
            throw;
        }
    }

    private sealed record LoadedFile(long LoadId, string FileName);

    private sealed record StoredSubmission(
        long SubmissionId, string UnitCode, string Status, long LastSubmissionId, int IndicatorFacts, int TargetFacts, int OrgCountFacts);

    /// <summary>
    /// Puts the rule's answer for every unit applied since the last call into the tables the queries read, in one
    /// transaction (see <c>deferInForce</c>); nothing to do for a loader that does not defer.
    /// </summary>
    public void PutInForce()
    {
        if (notInForceYet.Count == 0) return;
        using var transaction = connection.BeginTransaction();
        FileBatch.PutInForce(connection, transaction, notInForceYet);
        transaction.Commit();
        notInForceYet.Clear();
    }

    private (List<FileLoadOutcome> Outcomes, IReadOnlySet<string> Units) Apply(IReadOnlyList<FileReadResult> files, IDbTransaction transaction)
    {
        var loaded = files.Where(file => !file.IsRejected).ToList();
        var loadIds = IdReservation.Take(connection, transaction, "Loading/reserve_load_ids.sql", files.Count);
        var submissionIds = IdReservation.Take(connection, transaction, "Loading/reserve_submission_ids.sql",
            loaded.Sum(file => file.Submissions.Count));

        var batch = new FileBatch();
        var read = new List<(FileReadResult File, long LoadId, List<RejectRow> Rejects)>(files.Count);
        var reported = new Dictionary<long, ReportedCounts>();
        foreach (var file in files)
        {
            var loadId = loadIds.Dequeue();
            // TIMESTAMP keeps microseconds; compare new files in memory as they will read back from the table.
            var modifiedUtc = ToMicroseconds(file.File.ModifiedUtc);
            batch.Add(new LoadFileRow(
                loadId, file.File.FileName, file.File.ContentHash, file.File.SizeBytes, modifiedUtc,
                ToMicroseconds(clock.GetUtcNow().UtcDateTime), file.IsRejected ? "rejected" : "loaded", file.RejectReason));

            var rejects = new List<RejectRow>();
            if (file.IsRejected)
                rejects.Add(new RejectRow(loadId, file.File.FileName, file.RejectSheet, file.RejectCell, file.RejectReason!));
            else
            {
                foreach (var submission in file.Submissions)
                {
                    var submissionId = submissionIds.Dequeue();
                    reported[submissionId] = SubmissionLoader.Apply(batch, loadId, submissionId, file.File.FileName, modifiedUtc, submission, rejects);
                }
                // Appendices of the file that could not be read are its rejects too; the rest of the file stands.
                rejects.AddRange(file.SheetRejects.Select(reject => new RejectRow(loadId, file.File.FileName, reject.Sheet, reject.Cell, reject.Reason)));
            }
            batch.Add(rejects);
            batch.Add(file.Notes.Select((note, i) => new NoteRow(loadId, i + 1, file.File.FileName, note.Sheet, note.Cell, note.Note)));
            read.Add((file, loadId, rejects));
        }
        batch.Write(connection, transaction, putInForce: !deferInForce);

        var arrivals = batch.Submissions.Count == 0
            ? []
            : connection.Query<SubmissionOutcome>(SqlResource.Read("Loading/submission_outcomes.sql"),
                new { SubmissionIds = new ListParameter<long>(batch.Submissions.Select(s => s.SubmissionId)) }, transaction).ToList();
        var byLoad = arrivals.ToLookup(a => a.LoadId);
        var outcomes = read.Select(r => r.File.IsRejected
                ? new FileLoadOutcome(r.File.File.FileName, "rejected", 0, 0, 0, Rejects: 1, 0, 0)
                : Loaded(r.File, byLoad[r.LoadId].ToList(), reported, r.Rejects.Count))
            .ToList();
        return (outcomes, deferInForce ? batch.Units : new HashSet<string>());
    }

    /// <summary>A loaded file's outcome from what each of its submissions did when it arrived: a submission that arrived
    /// superseded by a newer report in force counts no facts.</summary>
    private static FileLoadOutcome Loaded(
        FileReadResult file, List<SubmissionOutcome> arrivals, Dictionary<long, ReportedCounts> reported, int rejects)
    {
        var current = arrivals.Where(a => !a.ArrivedSuperseded).Select(a => reported[a.SubmissionId]).ToList();
        var allSuperseded = arrivals.Count > 0 && current.Count == 0;
        return new FileLoadOutcome(
            file.File.FileName,
            allSuperseded ? "superseded" : "loaded",
            current.Sum(c => c.IndicatorFacts),
            current.Sum(c => c.TargetFacts),
            current.Sum(c => c.OrgCountFacts),
            rejects,
            SupersededSubmissions: arrivals.Count(a => a.SupersededOlder),
            SupersededByNewer: arrivals.Count(a => a.ArrivedSuperseded));
    }

    private static DateTime ToMicroseconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }
}

