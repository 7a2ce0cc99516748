namespace CCHC.Warehouse.Model;

// The catalogue is data (data/catalogue/*.csv); these records are its rows as the warehouse stores them.

/// <summary>A reporting unit: tỉnh Bình Định (52) or one of its district-level units (540–551).</summary>
/// <param name="Level">"province" or "district".</param>
/// <param name="Terrain">"urban", "plain" or "mountain": districts differ by it, the sample data follows it.</param>
public sealed record Unit(string Code, string Name, string Level, string Terrain, IReadOnlyList<string> Aliases);

/// <summary>The administrative kind of a unit over a span of years (Hoài Nhơn: huyện until 2019, thị xã from 2020).</summary>
public sealed record UnitKindPeriod(string UnitCode, string Kind, int? FromYear, int? ToYear);

/// <summary>A provincial department that answers some appendices for the province (Section II.2 of the plan).</summary>
public sealed record Department(string Code, string Name, IReadOnlyList<string> Aliases);

/// <summary>A reform area (lĩnh vực cải cách).</summary>
public sealed record Area(string Code, string Name, int SortOrder);

/// <summary>An appendix of a plan or report.</summary>
/// <param name="Kind">"indicator" (Phụ lục 1–3, 5–7), "org_count" (Phụ lục 4) or "target" (Phụ lục 8, IX).</param>
/// <param name="Programme">For target appendices: "2011-2020" or "2011-2025".</param>
public sealed record Appendix(string Code, int Number, string Title, string Kind, string? Programme, string? AreaCode, IReadOnlyList<string> DepartmentCodes);

/// <summary>One row of an indicator appendix, with its place in the numbered/"-" hierarchy.</summary>
/// <param name="Stt">The STT as printed ("1", "1.", "-", or empty).</param>
/// <param name="UnitOfMeasure">"count", "percent" (0–100), "yesno" (1/0) or "group" (a heading row that carries no value).</param>
/// <param name="AppliesTo">"province", "district" or "both": which units are expected to report it.</param>
public sealed record Indicator(
    string Code, string AppendixCode, string Stt, string Label, string? ParentCode, string AreaCode,
    string UnitOfMeasure, string? DepartmentCode, string AppliesTo, int SortOrder)
{
    /// <summary>How the province figure is made from the district-level units' values when no department reported it
    /// (Sở Nội vụ's consolidated appendix): "sum", "mean" (unweighted), "weighted" (by <see cref="WeightCode"/>'s value
    /// of the same unit and year) or "none" (not made from the districts at all: a list every unit counts alike, a rate
    /// with no weight, a yes/no of the province itself).</summary>
    public string Aggregation { get; init; } = "none";

    /// <summary>For "weighted": the indicator whose values weigh each unit's rate.</summary>
    public string? WeightCode { get; init; }
}

/// <summary>A target (mục tiêu) of a programme, evaluated Đạt/Không đạt.</summary>
public sealed record Target(string Code, string Programme, string AppendixCode, int TargetNo, string Text, string AreaCode);

/// <summary>A column of Phụ lục 4 (số lượng tổ chức), counted per period.</summary>
/// <param name="Section">"I", "II" or "III".</param>
/// <param name="Label">The column header as printed; for section III "sector | owner".</param>
public sealed record OrgMeasure(string Code, string Section, string SectionTitle, string Label, string? Sector, string? OwnerLevel, int SortOrder);

/// <summary>The years a report's indicator appendices ask for (reporting_period.csv): the 2020 report asks for
/// 2015–2020, its last year only up to 31/3 because the report was due in April.</summary>
/// <param name="PartialYear">The year whose column holds part of the year only, if any.</param>
/// <param name="PartialUntil">The day that column ends ("31/3"), as the template prints it.</param>
public sealed record ReportingPeriod(int FirstYear, int LastYear, int? PartialYear, string? PartialUntil);

/// <summary>Everything the ETL matches against, read from data/catalogue.</summary>
public sealed record Catalogue(
    IReadOnlyList<Unit> Units,
    IReadOnlyList<UnitKindPeriod> UnitKinds,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Appendix> Appendices,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<OrgMeasure> OrgMeasures,
    string ContentHash)
{
    /// <summary>The report's years; null for a catalogue without reporting_period.csv (the warehouse then takes the
    /// years the facts hold).</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Checks on the values (validation_rules.csv); a catalogue without the file checks nothing.</summary>
    public IReadOnlyList<ValidationRule> ValidationRules { get; init; } = [];
}

/// <summary>A check on reported values, after DHIS2's validation rules: it lists what looks wrong, it never stops a load.</summary>
/// <param name="Kind">"le" (left ≤ right), "children_le_parent" (the sub-rows add up to at most their parent),
/// "children_sum_to_parent" (they add up to it), "range" (<see cref="Min"/>..<see cref="Max"/>) or "jump"
/// (the change on the year before at most <see cref="Bound"/>: points for a percent, percent for a count).</param>
/// <param name="Left">The indicator(s) checked: the left side of "le", the sub-rows, or each indicator of "range"/"jump".</param>
/// <param name="Right">The right side of "le" or the parent row; null for "range" and "jump".</param>
/// <param name="Importance">"warning" or "error"; neither blocks a load.</param>
/// <param name="Description">What the rule says, in words a clerk understands.</param>
/// <param name="Instruction">What to do when it is broken.</param>
public sealed record ValidationRule(
    string Code, string Kind, IReadOnlyList<string> Left, string? Right, double? Min, double? Max, double? Bound,
    string Importance, string Description, string? Instruction, int SortOrder);
