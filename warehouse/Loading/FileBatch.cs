using System.Data;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>
/// The rows one transaction writes, gathered in memory while its files are worked out one after the other, then
/// written in a handful of statements and one appender per table. Statements, not rows, are what a DuckDB load pays for.
/// </summary>
internal sealed class FileBatch
{
    private readonly List<LoadFileRow> files = [];
    private readonly List<SubmissionRow> submissions = [];
    private readonly List<RestoreRow> restores = [];
    private readonly HashSet<string> units = new(StringComparer.Ordinal);
    private readonly List<RejectRow> rejects = [];
    private readonly List<NoteRow> notes = [];

    public PendingFacts<Model.IndicatorFact, IndicatorKey> IndicatorValues { get; } = new(FactKinds.IndicatorValue);

    public PendingFacts<Model.TargetFact, TargetKey> TargetEvaluations { get; } = new(FactKinds.TargetEvaluation);

    public PendingFacts<Model.OrgCountFact, OrgCountKey> OrgCounts { get; } = new(FactKinds.OrgCount);

    /// <summary>The submissions this transaction appends, in load order.</summary>
    public IReadOnlyList<SubmissionRow> Submissions => submissions;

    public void Add(LoadFileRow file) => files.Add(file);

    public void Add(SubmissionRow submission)
    {
        submissions.Add(submission);
        units.Add(submission.UnitCode);
    }

    /// <summary>A steward's choice of an earlier submission as the one in force again.</summary>
    public void Add(RestoreRow restore, string unitCode)
    {
        restores.Add(restore);
        units.Add(unitCode);
    }

    /// <summary>Rejects in the order they are added, which is the order of their ids.</summary>
    public void Add(IEnumerable<RejectRow> fileRejects) => rejects.AddRange(fileRejects);

    public void Add(IEnumerable<NoteRow> fileNotes) => notes.AddRange(fileNotes);

    /// <summary>The units this transaction's rows belong to.</summary>
    public IReadOnlySet<string> Units => units;

    /// <summary>
    /// Appends every row, then (unless <paramref name="putInForce"/> is false: the caller does it later) puts the
    /// rule's answer for the units touched into submission_status and the fact tables: a few statements for the whole
    /// transaction, whatever it holds.
    /// </summary>
    public void Write(DuckDBConnection connection, IDbTransaction transaction, bool putInForce = true)
    {
        IndicatorValues.Write(connection);
        TargetEvaluations.Write(connection);
        OrgCounts.Write(connection);
        WriteFiles(connection);
        WriteSubmissions(connection);
        WriteRestores(connection, transaction);
        WriteRejects(connection, transaction);
        WriteNotes(connection);
        if (putInForce) PutInForce(connection, transaction, units);
    }

    /// <summary>The supersession rule's answer and the validation rules' breaches for these units, into the tables the
    /// queries read (refresh_in_force.sql).</summary>
    public static void PutInForce(DuckDBConnection connection, IDbTransaction transaction, IReadOnlyCollection<string> units)
    {
        if (units.Count > 0)
            connection.Execute(SqlResource.Read("Loading/refresh_in_force.sql"), new { Units = new ListParameter<string>(units) }, transaction);
    }

    // Appenders take typed values only (see FactKind.AppendColumns): every column below is appended with its own type.

    private void WriteFiles(DuckDBConnection connection)
    {
        using var appender = connection.CreateAppender("load_file");
        foreach (var file in files)
            appender.CreateRow().AppendValue(file.LoadId).AppendValue(file.FileName).AppendValue(file.ContentHash)
                .AppendValue(file.SizeBytes).AppendValue(file.ModifiedUtc).AppendValue(file.LoadedAt)
                .AppendValue(file.Status).AppendValue(file.RejectReason).EndRow();
    }

    private void WriteSubmissions(DuckDBConnection connection)
    {
        if (submissions.Count == 0) return;
        using var appender = connection.CreateAppender("load_submission");
        foreach (var s in submissions)
            appender.CreateRow().AppendValue(s.SubmissionId).AppendValue(s.LoadId).AppendValue(s.AppendixCode)
                .AppendValue(s.UnitCode).AppendValue(s.DepartmentCode).AppendValue(s.Sheet).AppendValue(s.ReportDate)
                .AppendValue(s.EffectiveDate).AppendValue(s.IsSample).EndRow();
    }

    private void WriteRestores(DuckDBConnection connection, IDbTransaction transaction)
    {
        if (restores.Count == 0) return;
        var ids = IdReservation.Take(connection, transaction, "Loading/reserve_restore_ids.sql", restores.Count);
        using var appender = connection.CreateAppender("load_restore");
        foreach (var restore in restores)
            appender.CreateRow().AppendValue(ids.Dequeue()).AppendValue(restore.SubmissionId)
                .AppendValue(restore.AfterSubmissionId).AppendValue(restore.RestoredAt).EndRow();
    }

    private void WriteRejects(DuckDBConnection connection, IDbTransaction transaction)
    {
        if (rejects.Count == 0) return;
        var ids = IdReservation.Take(connection, transaction, "Loading/reserve_reject_ids.sql", rejects.Count);
        using var appender = connection.CreateAppender("load_reject");
        foreach (var reject in rejects)
            appender.CreateRow().AppendValue(ids.Dequeue()).AppendValue(reject.LoadId).AppendValue(reject.SourceFile)
                .AppendValue(reject.SourceSheet).AppendValue(reject.SourceCell).AppendValue(reject.Reason)
                .AppendValue(reject.SubmissionId).AppendValue(reject.UnitCode).AppendValue(reject.IndicatorCode).AppendValue(reject.Year).EndRow();
    }

    private void WriteNotes(DuckDBConnection connection)
    {
        if (notes.Count == 0) return;
        using var appender = connection.CreateAppender("load_note");
        foreach (var note in notes)
            appender.CreateRow().AppendValue(note.LoadId).AppendValue(note.NoteNo).AppendValue(note.SourceFile)
                .AppendValue(note.SourceSheet).AppendValue(note.SourceCell).AppendValue(note.Note).EndRow();
    }
}
