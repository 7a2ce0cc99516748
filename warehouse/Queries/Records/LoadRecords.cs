namespace CCHC.Warehouse.Queries;

// The load log, one record per view, with the view's columns (docs/WAREHOUSE.md). Times are UTC.

/// <summary>A row of v_load: a source file the ETL applied and what it holds now.</summary>
public sealed record LoadInfo(
    long LoadId, string FileName, string Status, string? RejectReason, DateTime LoadedAt, long Submissions,
    long IndicatorFacts, long TargetFacts, long OrgCountFacts, long Rejects, long ActiveSubmissions,
    string ContentHash, long SizeBytes, DateTime ModifiedUtc);

/// <summary>A row of v_submission: an appendix found in a loaded file, active or superseded.</summary>
public sealed record SubmissionInfo(
    long SubmissionId, string SourceFile, string Appendix, string UnitCode, string? UnitName, string? DepartmentCode,
    string? DepartmentName, string Sheet, DateOnly? ReportDate, DateOnly EffectiveDate, bool IsSample, string Status,
    string? SupersededByFile, long? SupersededBy, long LoadId);

/// <summary>A row of v_load_reject: a file rejected whole, or a row or cell of a loaded file.</summary>
public sealed record RejectInfo(string SourceFile, string? SourceSheet, string? SourceCell, string Reason, DateTime LoadedAt, long LoadId);

/// <summary>A row of v_load_note: how a file was read (legacy text converted, a Strict package read).</summary>
public sealed record LoadNoteInfo(string SourceFile, string? SourceSheet, string? SourceCell, string Note, DateTime LoadedAt, long LoadId);

/// <summary>A row of v_rejected_value: a value of a submission in force that was rejected, with why and where.</summary>
public sealed record RejectedValue(
    string UnitCode, string IndicatorCode, int Year, string SourceFile, string? SourceSheet, string? SourceCell, string Reason);

/// <summary>A row of v_rule_violation: a validation rule a unit's values of a year break, with the cell at fault and
/// what it was compared with (<see cref="ComparedSource"/>: "file › sheet › cell", several joined by "; ").</summary>
/// <param name="ComparedValue">le: the right side's value; children_*: the sub-rows' sum; jump: last year's value; range: null.</param>
/// <param name="LimitValue">range: the bound crossed; jump: the rule's bound; else null.</param>
public sealed record RuleViolation(
    string RuleCode, string RuleKind, string Importance, string Description, string UnitCode, string UnitName, int Year,
    string IndicatorCode, string IndicatorName, double Value, double? ComparedValue, double? LimitValue,
    string SourceFile, string SourceSheet, string SourceCell, string? ComparedSource, string? Instruction, bool IsSample,
    bool IsPartialYear, string? UnitOfMeasure);
