namespace CCHC.Dashboard.Charts;

/// <summary>A click on a data point: which series (a unit, an indicator) and which category (a year, a unit).</summary>
/// <param name="SeriesKey">The series' <c>Key</c> from the spec (a unit or indicator code), if it has one.</param>
/// <param name="CategoryKey">From <c>ChartSpec.CategoryKeys</c>, parallel to the categories, if the spec has them.</param>
/// <param name="Value">The value clicked; null where nothing was reported.</param>
public sealed record ChartClick(string? SeriesKey, string SeriesName, string Category, string? CategoryKey, double? Value);
