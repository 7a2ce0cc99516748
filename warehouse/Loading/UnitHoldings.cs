namespace CCHC.Warehouse;

/// <summary>What a submission competes with inside its unit: same appendix and answering department (none = "").</summary>
internal sealed record SubmissionKey(string AppendixCode, string DepartmentCode)
{
    public static SubmissionKey Of(Model.Submission submission) =>
        new(submission.AppendixCode, submission.DepartmentCode ?? "");
}

/// <summary>
/// One unit as the loader knows it: its active submissions, and for each fact kind the submission that holds each key.
/// Read from the warehouse once, then kept up to date as files are applied, so deciding which facts stay costs no query.
/// </summary>
internal sealed class UnitHoldings
{
    public Dictionary<SubmissionKey, Newness> Active { get; } = [];

    public Dictionary<IndicatorKey, Newness> IndicatorValues { get; } = [];

    public Dictionary<TargetKey, Newness> TargetEvaluations { get; } = [];

    public Dictionary<OrgCountKey, Newness> OrgCounts { get; } = [];
}
