namespace CCHC.Warehouse.Queries;

// Who has reported what, and what the ETL did with the files.
public sealed partial class DashboardQueries
{
    /// <summary>What the warehouse holds now.</summary>
    public Task<DataStatus> StatusAsync(CancellationToken cancellationToken = default) =>
        reader.QuerySingleAsync<DataStatus>("Queries/status.sql", null, cancellationToken);

    /// <summary>Every unit × every appendix it is asked for (PL1–PL8; PL9 the province only): reported or not.</summary>
    public Task<IReadOnlyList<ReportingStatus>> ReportingAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<ReportingStatus>("Queries/reporting.sql", null, cancellationToken);

    /// <summary>Appendices the unit is asked for and has not sent, by number; empty for a code the catalogue lacks.</summary>
    public Task<IReadOnlyList<AppendixInfo>> MissingAppendicesAsync(string unitCode, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<AppendixInfo>("Queries/missing_appendices.sql", new { unitCode }, cancellationToken);

    /// <summary>The completeness matrix: unit × indicator appendix × year, within the years given (the view holds the report's years).</summary>
    public Task<IReadOnlyList<CompletenessCell>> CompletenessAsync(int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<CompletenessCell>("Queries/completeness.sql", new { fromYear, toYear }, cancellationToken);

    /// <summary>Files the ETL applied, the newest first.</summary>
    public Task<IReadOnlyList<LoadInfo>> LoadsAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<LoadInfo>("Queries/loads.sql", null, cancellationToken);

    /// <summary>Submissions, active and superseded, the newest load first.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> SubmissionsAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<SubmissionInfo>("Queries/submissions.sql", null, cancellationToken);

    /// <summary>Values a submission in force reported in a rejected cell, and that nobody's value replaces: where a
    /// page would show "not reported" it shows "bị từ chối" and the reason. Null or empty units: all.</summary>
    public Task<IReadOnlyList<RejectedValue>> RejectedValuesAsync(IReadOnlyList<string>? unitCodes, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<RejectedValue>("Queries/rejected_values.sql", new { units = new CodeList(unitCodes) }, cancellationToken);

    /// <summary>Rejected files, rows and cells, the newest load first.</summary>
    public Task<IReadOnlyList<RejectInfo>> RejectsAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<RejectInfo>("Queries/rejects.sql", null, cancellationToken);

    /// <summary>How files were read, where a steward should know (v_load_note), the newest load first.</summary>
    public Task<IReadOnlyList<LoadNoteInfo>> NotesAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<LoadNoteInfo>("Queries/notes.sql", null, cancellationToken);

    /// <summary>Validation rules broken by the values in force (v_rule_violation), errors first, then by unit, year and
    /// rule. Nothing here blocked a load: the values are in the warehouse as sent. Null or empty units: all.</summary>
    public Task<IReadOnlyList<RuleViolation>> RuleViolationsAsync(IReadOnlyList<string>? unitCodes, int fromYear, int toYear,
        bool includePartial = true, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<RuleViolation>("Queries/rule_violations.sql",
            new { units = new CodeList(unitCodes), fromYear, toYear, includePartial }, cancellationToken);
}
