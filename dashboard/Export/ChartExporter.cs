using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export.Data;
using CCHC.Dashboard.Export.Deck;
using CCHC.Dashboard.Export.Images;
using CCHC.Dashboard.Export.Tables;
using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Export;

/// <summary>Turns a chart id and a selection into a download: the image (ScottPlot), the numbers (CSV, XLSX), or a
/// deck of several charts. The spec comes from the same <see cref="ChartBook"/> the pages draw from.</summary>
public sealed class ChartExporter(ChartBook book, TableBook tables, TimeProvider clock)
{
    /// <summary>Deck pictures are as wide as a slide and leave room for the slide's own title above them.</summary>
    public static readonly ImageSize DeckPicture = new(1920, 900);

    /// <param name="csvForVietnameseExcel">Semicolons and decimal commas (see <see cref="CsvFile"/>).</param>
    public async Task<ExportFile?> ChartAsync(string id, ExportFormat format, Selection selection, ImageSize size, bool csvForVietnameseExcel = false)
    {
        if (await book.BuildAsync(id, selection) is not { } spec) return null;
        var name = "cchc-" + id;
        var now = Now;
        switch (format)
        {
            case ExportFormat.Png:
                return new(name + ".png", "image/png", ChartRenderer.Png(spec, size));
            case ExportFormat.Svg:
                return new(name + ".svg", "image/svg+xml", System.Text.Encoding.UTF8.GetBytes(ChartRenderer.Svg(spec, size)));
            case ExportFormat.Csv:
                using (var csv = new MemoryStream())
                {
                    CsvFile.Write(ChartTables.Long(spec, now), csv, csvForVietnameseExcel);
                    return new(name + ".csv", "text/csv; charset=utf-8", csv.ToArray());
                }
            default:
                using (var xlsx = new MemoryStream())
                {
                    XlsxFile.Write([("Số liệu", ChartTables.Wide(spec, now)), ("Nguồn", ChartTables.Long(spec, now))], xlsx);
                    return new(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ToArray());
                }
        }
    }

    /// <summary>A page's table (targets, a unit's values, completeness, rejects, loads) as CSV or XLSX.</summary>
    public async Task<ExportFile?> TableAsync(string id, ExportFormat format, Selection selection, bool csvForVietnameseExcel = false)
    {
        if (format is not (ExportFormat.Csv or ExportFormat.Xlsx) || await tables.BuildAsync(id, selection, Now) is not { } table) return null;
        using var stream = new MemoryStream();
        if (format == ExportFormat.Csv)
        {
            CsvFile.Write(table, stream, csvForVietnameseExcel);
            return new("cchc-" + id + ".csv", "text/csv; charset=utf-8", stream.ToArray());
        }
        XlsxFile.Write([("Bảng", table)], stream);
        return new("cchc-" + id + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream.ToArray());
    }

    /// <summary>One slide per chart (ids in order; unknown ids are skipped), after a title slide naming the selection.</summary>
    public async Task<ExportFile> DeckAsync(IReadOnlyList<string> ids, Selection selection, string selectionText)
    {
        var specs = new List<ChartSpec>();
        foreach (var id in ids)
            if (await book.BuildAsync(id, selection) is { } spec) specs.Add(spec);
        var slides = specs.Select(spec => new DeckSlide(spec.Title, ChartRenderer.Png(spec, DeckPicture, withTitle: false),
            DeckPicture.Width, DeckPicture.Height, Notes(spec), spec.IsSample)).ToList();
        var content = new DeckContent(
            Title: "Tổng kết cải cách hành chính " + (await book.WordsAsync()).ProvinceInText,
            Subtitle: selectionText,
            DateLine: $"Xuất từ CCHC Analytics ngày {Now:dd/MM/yyyy}",
            Slides: slides,
            IsSample: specs.Any(s => s.IsSample));
        using var stream = new MemoryStream();
        PptxDeck.Write(content, stream);
        return new("cchc-bo-trinh-chieu.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", stream.ToArray());
    }

    /// <summary>The speaker notes: what the chart shows, what it is filtered by, and where its numbers come from.</summary>
    static string Notes(ChartSpec spec) => string.Join("\n", new[] { spec.Subtitle, "Lọc theo: " + spec.FilterText, spec.SourceLine }
        .Where(s => !string.IsNullOrWhiteSpace(s)));

    DateTime Now => clock.GetLocalNow().DateTime;
}
