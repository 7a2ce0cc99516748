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
        if (s.Years is { Partial: { } partial } years && s.ToYear == partial)
            parts[0] += s.IncludePartial ? $" ({partial} {years.PartialNote})" : $" (không gồm {years.PartialName})";
        if (withUnits)
            parts.Add(s.Units.Count == 0 ? "Tất cả đơn vị" : "Đơn vị: " + string.Join(", ", s.Units.Select(unitName)));
        if (withArea && s.Area is not null && areaName is not null) parts.Add("Lĩnh vực: " + areaName(s.Area));
        return string.Join(" · ", parts);
    }
}
