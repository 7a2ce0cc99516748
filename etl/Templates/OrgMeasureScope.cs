using CCHC.Warehouse.Model;

namespace CCHC.Etl.Templates;

/// <summary>Which Phụ lục 4 columns a unit counts: a district counts its own organisations (section II and the
/// "Thuộc UBND cấp huyện" columns of section III); the province counts everything, districts' totals included.</summary>
public static class OrgMeasureScope
{
    public static bool Applies(OrgMeasure measure, string unitLevel) =>
        unitLevel == "province" || measure.Section == "II" || IsDistrictOwned(measure);

    static bool IsDistrictOwned(OrgMeasure measure) =>
        measure.Section == "III" && (measure.OwnerLevel ?? measure.Label).Contains("cấp huyện", StringComparison.OrdinalIgnoreCase);
}
