using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Pages;

/// <summary>What a cell that could not be read says when pointed at: the reason and where it was, so the steward can
/// find it in the unit's workbook.</summary>
public static class RejectedValueText
{
    public static string Of(RejectedValue r) =>
        $"Bị từ chối: {r.Reason} ({string.Join(" › ", new[] { r.SourceFile, r.SourceSheet, r.SourceCell }.Where(s => !string.IsNullOrEmpty(s)))})";
}
