namespace CCHC.Warehouse.Model;

// What the ETL hands the warehouse for one source file. The warehouse applies it in one transaction.

/// <summary>One value of one indicator, unit and year, with the cell it came from.</summary>
/// <remarks>One per indicator and year within a submission: the warehouse keeps the first and stores repeats as rejects.</remarks>
/// <param name="IsPartialYear">True for the 2020 column "tính đến 31/3" (first quarter only).</param>
/// <param name="RawText">The cell as the clerk typed or Excel showed it, kept for audit.</param>
public sealed record IndicatorFact(string IndicatorCode, int Year, double Value, bool IsPartialYear, string RawText, string Cell);

/// <summary>A target judged Đạt/Không đạt. <paramref name="Cell"/> is where the verdict was read.</summary>
/// <param name="ResultText">The "Kết quả đạt được" column as written (may itself hold the verdict, as in the real Phụ lục IX).</param>
public sealed record TargetFact(string TargetCode, bool Achieved, string? ResultText, string VerdictText, string Cell, string TextCell);

/// <summary>A count of organisations (Phụ lục 4) for one period ("2001-2010" or "2011-2020").</summary>
public sealed record OrgCountFact(string MeasureCode, string Period, double Value, string Cell);

/// <summary>A row or cell that could not be loaded; the rest of its file still loads.</summary>
/// <param name="Cell">The cell or row (A12, or 12 for a whole row); null for the whole sheet.</param>
/// <param name="IndicatorCode">For a rejected value cell, the indicator it would have been a value of: pages show
/// "bị từ chối" there instead of "not reported".</param>
/// <param name="Year">For a rejected value cell, its year.</param>
public sealed record RowReject(string Sheet, string? Cell, string Reason, string? IndicatorCode = null, int? Year = null);

/// <summary>One appendix found in a file: who reported it, when, and its facts.</summary>
/// <remarks>
/// (UnitCode, AppendixCode, DepartmentCode) is its key: of two submissions with one key only the newer stays active,
/// newer by ReportDate (else the file's modified date), then modified time, file name and load order
/// (docs/WAREHOUSE.md, "How a newer report wins").
/// </remarks>
/// <param name="DepartmentCode">The provincial department that answered it, when a department did.</param>
/// <param name="ReportDate">The date written in the workbook ("ngày 15 tháng 4 năm 2020"), if any.</param>
public sealed record Submission(
    string AppendixCode, string UnitCode, string? DepartmentCode, string Sheet, DateOnly? ReportDate, bool IsSample,
    IReadOnlyList<IndicatorFact> IndicatorFacts,
    IReadOnlyList<TargetFact> TargetFacts,
    IReadOnlyList<OrgCountFact> OrgCountFacts,
    IReadOnlyList<RowReject> RowRejects);

/// <summary>A source file as read: its identity and either its submissions or the reason it was rejected whole.</summary>
/// <param name="FileName">The file name only (never the client's path).</param>
/// <param name="ContentHash">SHA-256 of the bytes, hex: the same bytes load once.</param>
public sealed record SourceFile(string FileName, string ContentHash, long SizeBytes, DateTime ModifiedUtc);

/// <summary>How a file was read that a steward should know, though nothing was rejected: legacy TCVN3/VNI text
/// converted to Unicode, say.</summary>
/// <param name="Cell">An example cell, or null for the whole sheet.</param>
public sealed record LoadNote(string Sheet, string? Cell, string Note);

public sealed record FileReadResult(SourceFile File, IReadOnlyList<Submission> Submissions, string? RejectReason, string? RejectSheet = null, string? RejectCell = null)
{
    public bool IsRejected => RejectReason is not null;

    /// <summary>Appendices of a file that loads that could not be read (a sheet without its table, an unknown
    /// appendix): one sheet's problem never rejects the other sheets.</summary>
    public IReadOnlyList<RowReject> SheetRejects { get; init; } = [];

    public IReadOnlyList<LoadNote> Notes { get; init; } = [];
}

/// <summary>What applying one file did to the warehouse.</summary>
public sealed record FileLoadOutcome(
    string FileName, string Status, int IndicatorFacts, int TargetFacts, int OrgCountFacts, int Rejects,
    int SupersededSubmissions, int SupersededByNewer);
