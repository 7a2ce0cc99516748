namespace CCHC.Warehouse;

// Rows of the load_* tables as a transaction gathers them, properties in the tables' column order: FileBatch appends
// them column by column.

internal sealed record LoadFileRow(
    long LoadId, string FileName, string ContentHash, long SizeBytes, DateTime ModifiedUtc, DateTime LoadedAt,
    string Status, string? RejectReason);

internal sealed record SubmissionRow(
    long SubmissionId, long LoadId, string AppendixCode, string UnitCode, string? DepartmentCode, string Sheet,
    DateOnly? ReportDate, DateOnly EffectiveDate, bool IsSample);

/// <param name="SubmissionId">The submission the row or cell belongs to; null for a file rejected whole.</param>
internal sealed record RejectRow(
    long LoadId, string SourceFile, string? SourceSheet, string? SourceCell, string Reason,
    long? SubmissionId = null, string? UnitCode = null, string? IndicatorCode = null, int? Year = null);

internal sealed record NoteRow(long LoadId, int NoteNo, string SourceFile, string? SourceSheet, string? SourceCell, string Note);

/// <param name="AfterSubmissionId">The last submission loaded when the steward made the choice.</param>
internal sealed record RestoreRow(long SubmissionId, long AfterSubmissionId, DateTime RestoredAt);

/// <summary>What a submission did when it arrived (submission_outcomes.sql): superseded the one in force for its key,
/// or arrived superseded by a newer one in force, or neither (its key was new).</summary>
internal sealed record SubmissionOutcome(long SubmissionId, long LoadId, bool ArrivedSuperseded, bool SupersededOlder);

/// <summary>How many facts of each kind one submission reported (its repeats left out).</summary>
internal sealed record ReportedCounts(int IndicatorFacts, int TargetFacts, int OrgCountFacts);
