using System.Globalization;
using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Export.Data;

/// <summary>A chart's numbers as tables: one row per category and series with its source cell (what the CSV and
/// the XLSX "Nguồn" sheet hold, so every figure can be traced), and the wide table the chart's "Bảng số liệu" shows.</summary>
public static class ChartTables
{
    public static IReadOnlyList<(string Label, string Text)> Heading(ChartSpec spec, DateTime exportedAt) =>
    [
        ("Biểu đồ", spec.Title),
        ("Phạm vi", spec.Subtitle),
        ("Lọc theo", spec.FilterText),
        ("Nguồn", spec.SourceLine),
        ("Loại số liệu", spec.IsSample ? "Dữ liệu mẫu – không phải số liệu chính thức" : "Số liệu từ các tệp đã nạp"),
        ("Xuất lúc", exportedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
    ];

    /// <summary>One row per value: category, series, the number, how it reads, a note, and where it was read. A heat
    /// map's cells carry their values, never the standings that colour them.</summary>
    public static ExportTable Long(ChartSpec spec, DateTime exportedAt)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var series in spec.Series)
            foreach (var p in series.Points)
                rows.Add([Category(spec, p.Category), series.Name, Number(spec, p), p.Label ?? ViNumber.Format(p.Value, p.Format ?? spec.Format), Note(spec, p), p.Source ?? ""]);
        return new ExportTable(spec.Title, Heading(spec, exportedAt),
        [
            new(spec.Kind == ChartKind.Line ? "Năm" : "Hạng mục", Width: 28),
            new("Chuỗi", Width: 36),
            new("Giá trị", spec.Format),
            new("Hiển thị", Width: 16),
            new("Ghi chú", Width: 22),
            new("Nguồn (tệp › trang › ô)", Width: 60),
        ], rows);
    }

    /// <summary>Categories down, series across: the chart as a reader scans it, the numbers its table view shows.</summary>
    public static ExportTable Wide(ChartSpec spec, DateTime exportedAt)
    {
        var rows = spec.Categories.Select((category, i) => (IReadOnlyList<object?>)
            [Category(spec, category), .. spec.Series.Select(s => s.Points.FirstOrDefault(p => p.Category == category) is { } p ? Number(spec, p) : null)]).ToList();
        return new ExportTable(spec.Title, Heading(spec, exportedAt),
            [new(spec.Kind == ChartKind.Line ? "Năm" : "Hạng mục", Width: 28), .. spec.Series.Select(s => new ExportColumn(s.Name, spec.Format, Math.Clamp(s.Name.Length + 2, 12, 40)))],
            rows);
    }

    /// <summary>A year as a number (XLSX sorts and filters it as one, and a formula can use it), other categories as text.</summary>
    static object Category(ChartSpec spec, string category) =>
        spec.Categories.All(IsYear) && IsYear(category) ? (double)int.Parse(category, CultureInfo.InvariantCulture) : category;

    static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit);

    /// <summary>The point's value, in its own format when that is not the chart's; null when not reported.</summary>
    static object? Number(ChartSpec spec, ChartPoint p) => p.Value switch
    {
        null => null,
        { } v when p.Format is { } f && f != spec.Format => new ExportNumber(v, f),
        { } v => v,
    };

    static string Note(ChartSpec spec, ChartPoint p) => p switch
    {
        { Value: null } => ViNumber.NotReported,
        { IsPartial: true } => spec.PartialDataNote,
        _ => "",
    };
}
