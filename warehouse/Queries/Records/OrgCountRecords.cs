namespace CCHC.Warehouse.Queries;

/// <summary>A row of v_org_count: a Phụ lục 4 count of organisations (số lượng tổ chức) for one period.</summary>
/// <param name="Period">"2001-2010" or "2011-2020".</param>
public sealed record OrgCount(
    string UnitCode, string UnitName, string Section, string SectionTitle, string MeasureCode, string MeasureName,
    string? Sector, string? OwnerLevel, string Period, double Value, string SourceFile, string SourceSheet, string SourceCell,
    bool IsSample);
