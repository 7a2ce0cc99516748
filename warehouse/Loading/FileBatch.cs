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
    private readonly Dictionary<long, int> submissionAt = [];
    private readonly List<(long SubmissionId, long SupersededBy)> supersededEarlier = [];
    private readonly List<long> reactivated = [];
    private readonly List<RejectRow> rejects = [];
    private readonly List<NoteRow> notes = [];

    public PendingFacts<Model.IndicatorFact, IndicatorKey> IndicatorValues { get; } = new(FactKinds.IndicatorValue);

    public PendingFacts<Model.TargetFact, TargetKey> TargetEvaluations { get; } = new(FactKinds.TargetEvaluation);

    public PendingFacts<Model.OrgCountFact, OrgCountKey> OrgCounts { get; } = new(FactKinds.OrgCount);

    /// <summary>Whether the submission is one of this transaction's (else an earlier transaction stored it).</summary>
    public bool Holds(long submissionId) => submissionAt.ContainsKey(submissionId);

    public void Add(LoadFileRow file) => files.Add(file);

    public void Add(SubmissionRow submission)
    {
        submissionAt.Add(submission.SubmissionId, submissions.Count);
        submissions.Add(submission);
    }

    /// <summary>Rejects in the order they are added, which is the order of their ids.</summary>
    public void Add(IEnumerable<RejectRow> fileRejects) => rejects.AddRange(fileRejects);

    public void Add(IEnumerable<NoteRow> fileNotes) => notes.AddRange(fileNotes);

    /// <summary>Marks an active submission superseded; its facts are the caller's to remove.</summary>
    public void Supersede(long submissionId, long supersededBy)
    {
        if (submissionAt.TryGetValue(submissionId, out var at))
            submissions[at] = submissions[at] with { Status = "superseded", SupersededBy = supersededBy };
        else
            supersededEarlier.Add((submissionId, supersededBy));
    }

    /// <summary>Makes a superseded submission of an earlier transaction active again; its facts are the caller's to add.</summary>
    public void Reactivate(long submissionId) => reactivated.Add(submissionId);

    public void Write(DuckDBConnection connection, IDbTransaction transaction)
    {
        if (supersededEarlier.Count > 0)
            connection.Execute(SqlResource.Read("Loading/supersede_submissions.sql"), new
            {
                SubmissionIds = new ListParameter<long>(supersededEarlier.Select(s => s.SubmissionId)),
                SupersededBy = new ListParameter<long>(supersededEarlier.Select(s => s.SupersededBy)),
            }, transaction);
        if (reactivated.Count > 0)
            connection.Execute(SqlResource.Read("Loading/reactivate_submissions.sql"),
                new { SubmissionIds = new ListParameter<long>(reactivated) }, transaction);
        IndicatorValues.Write(connection, transaction);
        TargetEvaluations.Write(connection, transaction);
        OrgCounts.Write(connection, transaction);
        WriteFiles(connection);
        WriteSubmissions(connection);
        WriteRejects(connection, transaction);
        WriteNotes(connection);
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
                .AppendValue(s.EffectiveDate).AppendValue(s.IsSample).AppendValue(s.Status).AppendValue(s.SupersededBy).EndRow();
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
