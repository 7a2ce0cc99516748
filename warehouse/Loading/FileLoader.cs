using System.Data;
using CCHC.Warehouse.Model;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>Applies source files to the warehouse, each in one transaction: a file is stored whole or not at all.</summary>
public sealed class FileLoader(DuckDBConnection connection, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>Whether these bytes were applied before (loaded or rejected); the ETL skips such files.</summary>
    public bool IsKnown(string contentHash) => IsKnown(contentHash, transaction: null);

    /// <summary>
    /// Stores the file's submissions, their facts and rejects, superseding older submissions of the same unit,
    /// appendix and department. On any failure nothing of the file remains and the exception is rethrown.
    /// </summary>
    /// <exception cref="InvalidOperationException">The same bytes were applied before (see <see cref="IsKnown"/>).</exception>
    public FileLoadOutcome Apply(FileReadResult file)
    {
        using var transaction = connection.BeginTransaction();
        if (IsKnown(file.File.ContentHash, transaction))
            throw new InvalidOperationException($"'{file.File.FileName}' was applied before (content hash {file.File.ContentHash}).");

        var loadId = connection.ExecuteScalar<long>(SqlResource.Read("Loading/next_load_id.sql"), transaction: transaction);
        // TIMESTAMP keeps microseconds; compare new files in memory as they will read back from the table.
        var modifiedUtc = ToMicroseconds(file.File.ModifiedUtc);
        connection.Execute(SqlResource.Read("Loading/insert_load_file.sql"), new LoadFileRow(
            loadId, file.File.FileName, file.File.ContentHash, file.File.SizeBytes, modifiedUtc,
            ToMicroseconds(clock.GetUtcNow().UtcDateTime), file.IsRejected ? "rejected" : "loaded", file.RejectReason), transaction);

        var rejects = new List<RejectRow>();
        var outcome = file.IsRejected
            ? Rejected(file, loadId, rejects)
            : Loaded(file, loadId, modifiedUtc, transaction, rejects);

        connection.Execute(SqlResource.Read("Loading/insert_reject.sql"), rejects, transaction);
        transaction.Commit();
        return outcome;
    }

    private static FileLoadOutcome Rejected(FileReadResult file, long loadId, List<RejectRow> rejects)
    {
        rejects.Add(new RejectRow(loadId, file.File.FileName, file.RejectSheet, file.RejectCell, file.RejectReason!));
        return new FileLoadOutcome(file.File.FileName, "rejected", 0, 0, 0, Rejects: 1, 0, 0);
    }

    private FileLoadOutcome Loaded(
        FileReadResult file, long loadId, DateTime modifiedUtc, IDbTransaction transaction, List<RejectRow> rejects)
    {
        var outcomes = file.Submissions
            .Select(submission => SubmissionLoader.Apply(connection, transaction, loadId, file.File.FileName, modifiedUtc, submission, rejects))
            .ToList();
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

    private bool IsKnown(string contentHash, IDbTransaction? transaction) =>
        connection.ExecuteScalar<bool>(SqlResource.Read("Loading/file_is_known.sql"), new { contentHash }, transaction);

    private static DateTime ToMicroseconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }
}
