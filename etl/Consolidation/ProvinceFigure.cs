using CCHC.Warehouse.Queries;

namespace CCHC.Etl.Consolidation;

/// <summary>One value of the province's consolidated appendix, with how it was made and every value it was made from.</summary>
/// <param name="Value">Null when no rule gives one (nothing reported, or the rule is "none" and no department reported).</param>
/// <param name="Method">How, in words for the sheet: "Báo cáo của Sở Nội vụ", "Tổng của 9/11 đơn vị cấp huyện" …</param>
/// <param name="Missing">District-level units whose value the rule needed and did not have, by name.</param>
public sealed record ProvinceFigure(
    string IndicatorCode, int Year, double? Value, string Method, IReadOnlyList<SourceValue> Sources, IReadOnlyList<string> Missing)
{
    public bool IsSample => Sources.Any(s => s.IsSample);

    /// <summary>The value is a report of the province's own (a department's), not made from the districts.</summary>
    public bool IsProvinceReport => Value is not null && Sources is [{ UnitLevel: "province" }];

    /// <summary>The cell comment: what is missing, or why there is no value though units reported.</summary>
    public string? Comment { get; init; }
}
