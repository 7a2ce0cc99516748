using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>The values written into one appendix sheet; a template has none. A key that is absent leaves its cell
/// empty, which the warehouse reads as "not reported", never as zero.</summary>
public sealed record AppendixValues
{
    public static AppendixValues None { get; } = new();

    /// <summary>Phụ lục 1–3, 5–7: (indicator code, year) → value; percentages in points (98.7).</summary>
    public IReadOnlyDictionary<(string Indicator, int Year), double> Indicators { get; init; } =
        new Dictionary<(string, int), double>();

    /// <summary>Phụ lục 4: (measure code, period "2001-2010") → count.</summary>
    public IReadOnlyDictionary<(string Measure, string Period), double> OrgCounts { get; init; } =
        new Dictionary<(string, string), double>();

    /// <summary>Phụ lục 8: target code → Đạt (true) / Không đạt (false).</summary>
    public IReadOnlyDictionary<string, bool> Verdicts { get; init; } = new Dictionary<string, bool>();

    /// <summary>Told of every value cell as it is laid out (code, year / period / "verdict", cell), whether or not it
    /// gets a value: the consolidated appendices hang their comments and flags there and list each cell's sources.</summary>
    public Action<string, string, IXLCell>? ValueCell { get; init; }

    /// <summary>Text for the "Ghi chú" column, by indicator, target or measure code (when the sheet has one).</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();
}
