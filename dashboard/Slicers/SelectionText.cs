namespace CCHC.Dashboard.Slicers;

/// <summary>Says in words what a visual is filtered by ("Năm 2015–2019 · Đơn vị: Tây Sơn, Quy Nhơn · Lĩnh vực: …").</summary>
public static class SelectionText
{
    public static string Describe(Selection s, Func<string, string> unitName, Func<string, string>? areaName = null, bool withUnits = true, bool withArea = true)
    {
        var parts = new List<string>
        {
            s.FromYear == s.EffectiveToYear ? $"Năm {s.FromYear}" : $"Năm {s.FromYear}–{s.EffectiveToYear}",
        };
        if (s.ToYear == Selection.PartialYear && s.IncludePartial) parts[0] += " (2020 tính đến 31/3)";
        if (s.ToYear == Selection.PartialYear && !s.IncludePartial) parts[0] += " (không gồm quý I/2020)";
        if (withUnits)
            parts.Add(s.Units.Count == 0 ? "Tất cả đơn vị" : "Đơn vị: " + string.Join(", ", s.Units.Select(unitName)));
        if (withArea && s.Area is not null && areaName is not null) parts.Add("Lĩnh vực: " + areaName(s.Area));
        return string.Join(" · ", parts);
    }
}
