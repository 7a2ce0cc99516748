using CCHC.Warehouse.Model;

namespace CCHC.Warehouse;

/// <summary>What storing one submission did.</summary>
internal sealed record SubmissionOutcome(
    bool SupersededByNewer, bool SupersededOlder, int IndicatorFacts, int TargetFacts, int OrgCountFacts);

/// <summary>Stores one submission of a file being loaded, replacing or yielding to the active one with its key.</summary>
internal static class SubmissionLoader
{
    public static SubmissionOutcome Apply(
        FileBatch batch, UnitHoldings unit, long loadId, long submissionId, string fileName, DateTime modifiedUtc,
        Submission submission, ICollection<RejectRow> rejects)
    {
        var effectiveDate = submission.ReportDate ?? DateOnly.FromDateTime(modifiedUtc);
        var newness = new Newness(effectiveDate, modifiedUtc, fileName, loadId, submissionId, !submission.IsSample);
        var row = new SubmissionRow(submissionId, loadId, submission.AppendixCode, submission.UnitCode, submission.DepartmentCode,
            submission.Sheet, submission.ReportDate, effectiveDate, submission.IsSample, "active", SupersededBy: null);

        foreach (var reject in submission.RowRejects)
            rejects.Add(new RejectRow(loadId, fileName, reject.Sheet, reject.Cell, reject.Reason,
                submissionId, submission.UnitCode, reject.IndicatorCode, reject.Year));

        var key = SubmissionKey.Of(submission);
        var active = unit.Active.GetValueOrDefault(key);
        if (active is not null && active.IsNewerThan(newness))
        {
            // An older report arriving late is kept for audit, but its facts never reach the fact tables.
            batch.Add(row with { Status = "superseded", SupersededBy = active.SubmissionId });
            return new SubmissionOutcome(SupersededByNewer: true, SupersededOlder: false, 0, 0, 0);
        }

        if (active is not null)
        {
            // A superseded submission keeps its row (for audit) but loses its facts: facts hold active submissions only.
            batch.Supersede(active.SubmissionId, submissionId);
            FactWriter.Release(FactKinds.IndicatorValue, batch, submission.UnitCode, unit, active.SubmissionId);
            FactWriter.Release(FactKinds.TargetEvaluation, batch, submission.UnitCode, unit, active.SubmissionId);
            FactWriter.Release(FactKinds.OrgCount, batch, submission.UnitCode, unit, active.SubmissionId);
        }
        unit.Active[key] = newness;
        batch.Add(row);

        return new SubmissionOutcome(
            SupersededByNewer: false,
            SupersededOlder: active is not null,
            FactWriter.Write(FactKinds.IndicatorValue, batch, unit, row, newness, fileName, submission.IndicatorFacts, rejects),
            FactWriter.Write(FactKinds.TargetEvaluation, batch, unit, row, newness, fileName, submission.TargetFacts, rejects),
            FactWriter.Write(FactKinds.OrgCount, batch, unit, row, newness, fileName, submission.OrgCountFacts, rejects));
    }

    /// <summary>
    /// Makes a superseded submission the active one of its key again, whatever its dates: the steward's choice of the
    /// report in force. The one active now is superseded by it and loses its facts; the restored one's facts (read
    /// again from its file) are decided against the rest of the unit as on any load. Its rejects were recorded when
    /// it was first loaded and are not recorded twice.
    /// </summary>
    public static SubmissionOutcome Restore(
        FileBatch batch, UnitHoldings unit, SubmissionRow stored, Newness newness, string fileName, Submission submission)
    {
        var key = SubmissionKey.Of(submission);
        var active = unit.Active.GetValueOrDefault(key);
        if (active is not null)
        {
            batch.Supersede(active.SubmissionId, stored.SubmissionId);
            FactWriter.Release(FactKinds.IndicatorValue, batch, submission.UnitCode, unit, active.SubmissionId);
            FactWriter.Release(FactKinds.TargetEvaluation, batch, submission.UnitCode, unit, active.SubmissionId);
            FactWriter.Release(FactKinds.OrgCount, batch, submission.UnitCode, unit, active.SubmissionId);
        }
        batch.Reactivate(stored.SubmissionId);
        unit.Active[key] = newness;
        var recordedBefore = new List<RejectRow>();
        var row = stored with { Status = "active", SupersededBy = null };
        return new SubmissionOutcome(
            SupersededByNewer: false,
            SupersededOlder: active is not null,
            FactWriter.Write(FactKinds.IndicatorValue, batch, unit, row, newness, fileName, submission.IndicatorFacts, recordedBefore),
            FactWriter.Write(FactKinds.TargetEvaluation, batch, unit, row, newness, fileName, submission.TargetFacts, recordedBefore),
            FactWriter.Write(FactKinds.OrgCount, batch, unit, row, newness, fileName, submission.OrgCountFacts, recordedBefore));
    }
}
