namespace CCHC.Warehouse.Queries;

/// <summary>One value of one indicator for one unit and year, with the cell it was read from.</summary>
/// <param name="Value">Percentages in points (0–100), yes/no as 1/0.</param>
/// <param name="IsPartialYear">The 2020 column "tính đến 31/3": the first quarter only.</param>
/// <param name="RawText">The cell as the clerk typed it or Excel showed it ("95,5%").</param>
public sealed record IndicatorPoint(
    string UnitCode, string UnitName, string IndicatorCode, int Year, double Value, bool IsPartialYear,
    string SourceFile, string SourceSheet, string SourceCell, bool IsSample, string? RawText);

/// <summary>An indicator over the district-level units in one year.</summary>
/// <param name="Value">Sum for counts; unweighted mean for percentages; for yes/no the share of units answering 1, in percent.</param>
/// <param name="UnitsReporting">District-level units with a value that year.</param>
/// <param name="Method">"sum" or "mean".</param>
public sealed record AggregatePoint(int Year, double Value, long UnitsReporting, string Method, bool IsPartialYear);

/// <summary>An indicator a unit is asked to report, in an appendix it sent, with no value for the year.</summary>
/// <param name="UnitsReporting">Units with a value for it that year: 0 suggests the row was not in use yet (some rows
/// were added to the appendices later, with values from 2018 on), more is a gap the unit's peers did not leave.</param>
public sealed record IndicatorGap(string IndicatorCode, string Label, string Appendix, int Year, long UnitsReporting);

/// <summary>An active value as the consolidation sees it: whose it is (unit level "province" or "district", the
/// department that answered for the province) and where it was read.</summary>
public sealed record SourceValue(
    string UnitCode, string UnitLevel, string? DepartmentCode, string IndicatorCode, int Year, double Value, bool IsPartialYear,
    string SourceFile, string SourceSheet, string SourceCell, bool IsSample);
