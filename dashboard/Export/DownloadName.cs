using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Export;

/// <summary>A download's file name: the chart (or table, or deck), what it was sliced by and when it was made, so
/// the files of a morning's work do not overwrite each other as "cchc-trend (3).png":
/// cchc-trend_PL7.1_2016-2019_540-547_2026-12-03_0915.png.</summary>
public static class DownloadName
{
    public static string For(string fileName, Selection selection, DateTime madeAt)
    {
        var extension = Path.GetExtension(fileName);
        var parts = new List<string> { Path.GetFileNameWithoutExtension(fileName) };
        if (selection.Indicator is { } indicator) parts.Add(indicator);
        if (selection.FiltersYears)
            parts.Add(selection.FromYear == selection.EffectiveToYear ? $"{selection.FromYear}" : $"{selection.FromYear}-{selection.EffectiveToYear}");
        if (selection.Units.Count > 0) parts.Add(string.Join("-", selection.Units));
        if (selection.Area is { } area) parts.Add(area);
        if (selection.Highlight is { } highlight) parts.Add("chon-" + highlight);
        parts.Add(madeAt.ToString("yyyy-MM-dd_HHmm", System.Globalization.CultureInfo.InvariantCulture));
        // The selection's codes are catalogue-shaped (Selection drops anything else), so the name is plain ASCII.
        return string.Join("_", parts) + extension;
    }
}
