using CCHC.Warehouse.Model;

namespace CCHC.Warehouse;

/// <summary>Appends one submission of a file being loaded, with its facts and rejects. Nothing earlier changes: which
/// submission is in force is the rule in Supersession/, applied once the transaction's rows are in (FileBatch.Write).</summary>
internal static class SubmissionLoader
{
    public static ReportedCounts Apply(
        FileBatch batch, long loadId, long submissionId, string fileName, DateTime modifiedUtc,
        Submission submission, ICollection<RejectRow> rejects)
    {
        var row = new SubmissionRow(submissionId, loadId, submission.AppendixCode, submission.UnitCode, submission.DepartmentCode,
            submission.Sheet, submission.ReportDate, submission.ReportDate ?? DateOnly.FromDateTime(modifiedUtc), submission.IsSample);

        foreach (var reject in submission.RowRejects)
            rejects.Add(new RejectRow(loadId, fileName, reject.Sheet, reject.Cell, reject.Reason,
                submissionId, submission.UnitCode, reject.IndicatorCode, reject.Year));

        batch.Add(row);
        return new ReportedCounts(
            FactWriter.Write(FactKinds.IndicatorValue, batch, row, fileName, submission.IndicatorFacts, rejects),
            FactWriter.Write(FactKinds.TargetEvaluation, batch, row, fileName, submission.TargetFacts, rejects),
            FactWriter.Write(FactKinds.OrgCount, batch, row, fileName, submission.OrgCountFacts, rejects));
    }
}
