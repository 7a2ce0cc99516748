using CCHC.Warehouse.Model;

namespace CCHC.Etl.Templates;

/// <summary>Everything needed to lay out one appendix sheet: a template is this with no values and validation on;
/// a sample sheet is this with values, a clerk's habits and the sample marker.</summary>
/// <param name="UnitLevel">"province" or "district": rows that do not apply to it are shaded and left open.</param>
/// <param name="Marker">A line printed in red near the top (the sample-data marker), or null.</param>
public sealed record AppendixSheet(
    string SheetName, Appendix Appendix, ReportHeading Heading, string UnitLevel, SheetStyle Style, AppendixValues Values,
    string? Marker = null);
