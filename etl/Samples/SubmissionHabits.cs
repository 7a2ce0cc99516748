using CCHC.Etl.Templates;

namespace CCHC.Etl.Samples;

/// <summary>How one reporter sends its appendices: one workbook or a file per appendix, what it calls files and
/// sheets, how it types values, and what it leaves out. {0} in a name is the appendix number.</summary>
/// <param name="FileName">"BaoCao_CCHC_AnLao.xlsx" (one workbook) or "PL{0}_TaySon.xlsx" (a file per appendix); ".xls" for legacy.</param>
/// <param name="SheetName">"PL{0}", "Sheet{0}", "Biểu {0}", or a fixed name.</param>
/// <param name="Quirks">What the files exercise in the reader, for the list of shipped samples.</param>
internal sealed record SubmissionHabits(string FileName, string SheetName, SheetStyle Style, ReportDocument Report, string Quirks)
{
    public bool FilePerAppendix => FileName.Contains("{0}", StringComparison.Ordinal);
    public bool Legacy => FileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    /// <summary>Repeat the header at a page break this many rows into Phụ lục 3, the longest table.</summary>
    public int? RepeatLongTableHeaderAfter { get; init; }

    /// <summary>Appendix numbers this reporter does not send at all.</summary>
    public IReadOnlyList<int> NotSent { get; init; } = [];

    /// <summary>Year columns left empty, by appendix number.</summary>
    public IReadOnlyList<(int Appendix, int Year)> EmptyColumns { get; init; } = [];

    /// <summary>A later corrected copy of one appendix ("bổ sung").</summary>
    public Resubmission? Resubmission { get; init; }
}

/// <summary>A corrected copy of one appendix sent after the first, with a later report date.</summary>
internal sealed record Resubmission(int Appendix, string FileName, ReportDocument Report);
