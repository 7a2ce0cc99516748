using System.Data;
using CCHC.Warehouse.Model;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>What storing one submission did.</summary>
internal sealed record SubmissionOutcome(
    bool SupersededByNewer, bool SupersededOlder, int IndicatorFacts, int TargetFacts, int OrgCountFacts);

/// <summary>Stores one submission of a file being loaded, replacing or yielding to the active one with its key.</summary>
internal static class SubmissionLoader
{
    public static SubmissionOutcome Apply(
        DuckDBConnection connection, IDbTransaction transaction, long loadId, string fileName, DateTime modifiedUtc,
        Submission submission, ICollection<RejectRow> rejects)
    {
        var submissionId = connection.ExecuteScalar<long>(SqlResource.Read("Loading/next_submission_id.sql"), transaction: transaction);
        var effectiveDate = submission.ReportDate ?? DateOnly.FromDateTime(modifiedUtc);
        var newness = new Newness(effectiveDate, modifiedUtc, fileName, loadId, submissionId, !submission.IsSample);
        var row = new SubmissionRow(submissionId, loadId, submission.AppendixCode, submission.UnitCode, submission.DepartmentCode,
            submission.Sheet, submission.ReportDate, effectiveDate, submission.IsSample, "active", SupersededBy: null);

        foreach (var reject in submission.RowRejects)
            rejects.Add(new RejectRow(loadId, fileName, reject.Sheet, reject.Cell, reject.Reason));

        var active = connection.QuerySingleOrDefault<Newness>(
            SqlResource.Read("Loading/active_submission_for_key.sql"),
            new { submission.UnitCode, submission.AppendixCode, submission.DepartmentCode }, transaction);

        if (active is not null && active.IsNewerThan(newness))
        {
            // An older report arriving late is kept for audit, but its facts never reach the fact tables.
            Insert(connection, transaction, row with { Status = "superseded", SupersededBy = active.SubmissionId });
            return new SubmissionOutcome(SupersededByNewer: true, SupersededOlder: false, 0, 0, 0);
        }

        if (active is not null)
            connection.Execute(SqlResource.Read("Loading/supersede_submission.sql"),
                new { active.SubmissionId, SupersededBy = submissionId }, transaction);
        Insert(connection, transaction, row);

        return new SubmissionOutcome(
            SupersededByNewer: false,
            SupersededOlder: active is not null,
            FactWriter.Write(FactKinds.IndicatorValue, connection, transaction, row, newness, fileName, submission.IndicatorFacts, rejects),
            FactWriter.Write(FactKinds.TargetEvaluation, connection, transaction, row, newness, fileName, submission.TargetFacts, rejects),
            FactWriter.Write(FactKinds.OrgCount, connection, transaction, row, newness, fileName, submission.OrgCountFacts, rejects));
    }

    private static void Insert(DuckDBConnection connection, IDbTransaction transaction, SubmissionRow row) =>
        connection.Execute(SqlResource.Read("Loading/insert_submission.sql"), row, transaction);
}
