namespace CCHC.Dashboard.Uploads;

/// <summary>What became of one uploaded file, in words a clerk understands.</summary>
/// <param name="Outcome">added, replaced (it superseded older reports), unchanged (the same bytes were loaded
/// before and are in force), earlier (the same bytes were loaded before and replaced since: the steward may make
/// them current again), older (newer reports of the same unit and appendix stay in force) or rejected.</param>
/// <param name="Details">Each rejected row or cell: "sheet › cell: reason".</param>
public sealed record UploadAnswer(string ClientName, string StoredName, string Outcome, string Summary, IReadOnlyList<string> Details)
{
    public bool IsRejected => Outcome == "rejected";
}
