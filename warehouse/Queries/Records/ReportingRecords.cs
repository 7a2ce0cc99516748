namespace CCHC.Warehouse.Queries;

/// <summary>Whether a unit has sent an appendix it is asked for.</summary>
/// <param name="Files">Files its active submissions of the appendix came in (the province's may come from several departments).</param>
/// <param name="LatestReportDate">The latest date written in those workbooks, if any.</param>
/// <param name="IsSample">True when everything it sent for the appendix is sample data.</param>
public sealed record ReportingStatus(
    string UnitCode, string UnitName, string Appendix, string AppendixTitle, bool Reported, long Files,
    DateOnly? LatestReportDate, bool IsSample);

/// <summary>One cell of the completeness matrix: did any value of the appendix arrive for the unit and year?</summary>
/// <param name="SampleFacts">Of <paramref name="Facts"/>, those from sample workbooks.</param>
public sealed record CompletenessCell(string UnitCode, string UnitName, string Appendix, int Year, bool Reported, long Facts, long SampleFacts);

/// <summary>What the warehouse holds, for the header and the "no data yet" page.</summary>
/// <param name="Files">Files loaded; <paramref name="RejectedFiles"/> were refused whole.</param>
/// <param name="Units">Units with any value, verdict or count.</param>
/// <param name="FirstYear">First year of indicator values; null when there are none.</param>
/// <param name="HasSample">Any active submission is sample data; <paramref name="HasOfficial"/>: any is a real report.</param>
/// <param name="LastLoadedAt">When the last file was applied (UTC).</param>
/// <param name="RejectedValues">Values of submissions in force that were rejected and hold nothing now (v_rejected_value).</param>
public sealed record DataStatus(
    long Files, long RejectedFiles, long IndicatorFacts, long TargetFacts, long OrgCountFacts, long Units,
    int? FirstYear, int? LastYear, bool HasSample, bool HasOfficial, DateTime? LastLoadedAt, long RejectedValues)
{
    public bool IsEmpty => IndicatorFacts + TargetFacts + OrgCountFacts == 0;
}
