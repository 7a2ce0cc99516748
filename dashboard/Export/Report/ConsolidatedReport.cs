using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Charts.Definitions;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export.Images;
using CCHC.Dashboard.Slicers;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export.Report;

/// <summary>The province's consolidated figures as a Word report for the Báo cáo tổng kết: the change of each
/// indicator from the first to the last whole year (2015→2019) in a sentence, the key charts, Phụ lục 1–8 as the consolidated workbook holds them (the same
/// <see cref="ConsolidatedValues"/>), Phụ lục IX, and every value's source cells.</summary>
public static class ConsolidatedReport
{
    /// <summary>The years the sentences compare: the first and the last whole year of the catalogue's appendices
    /// (2015 and 2019 for the 2020 report, whose 2020 column holds the first quarter only).</summary>
    public static (int From, int To) ComparedYears(AppendixYears years) => ComparedYears(years.First, years.Last, years.PartialYear);

    public static (int From, int To) ComparedYears(int first, int last, int? partialYear) =>
        (first, partialYear == last ? last - 1 : last);

    /// <summary>4:3 at 1.5× a 1080-high slide: on a 16 cm wide picture the slide theme's 28 px text prints at about
    /// 9 pt, at some 340 dpi.</summary>
    public static readonly ImageSize ChartSize = new(2160, 1620);

    public static string FileName(Catalogue catalogue, DateTime now) =>
        $"BaoCao_TongHop_CCHC_{AdministrativeNames.Ascii(Province(catalogue).Name)}_{now:yyyy-MM-dd}.docx";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The report as .docx bytes, from the warehouse as it is now.</summary>
    public static async Task<byte[]> DocxAsync(Catalogue catalogue, DashboardQueries queries, ChartBook book,
        IReadOnlyList<string> keyIndicators, DateTime now)
    {
        var content = await BuildAsync(catalogue, queries, book, keyIndicators, now);
        using var stream = new MemoryStream();
        DocxReport.Write(content, stream);
        return stream.ToArray();
    }

    public static async Task<ReportContent> BuildAsync(Catalogue catalogue, DashboardQueries queries, ChartBook book,
        IReadOnlyList<string> keyIndicators, DateTime now)
    {
        var province = Province(catalogue);
        var values = await ConsolidatedValues.ReadAsync(catalogue, queries);
        var ix = await queries.TargetEvaluationsAsync(TargetEvaluationTable.Programme, null, [province.Code]);
        var appendices = ReportAppendices.Of2020(catalogue);
        var years = AppendixYears.Of(catalogue);

        var sections = appendices.Select(a => new ReportSection($"Phụ lục {a.Number}", a.Title, AppendixTables.Of(catalogue, values, a, years))).ToList();
        var ixAppendix = catalogue.Appendices.FirstOrDefault(a => a.Kind == "target" && a.Programme == TargetEvaluationTable.Programme);
        sections.Add(new ReportSection("Phụ lục IX", ixAppendix?.Title ?? "Đánh giá mức độ thực hiện các mục tiêu cải cách hành chính giai đoạn 2011–2025",
            [TargetEvaluationTable.Of(ix)]));

        var sources = appendices.Select(a => new ReportSection($"Nguồn của Phụ lục {a.Number}", null,
            [SourceTables.Of(AppendixTables.Sources(catalogue, values, a, years), a.Kind)])).ToList();
        sources.Add(new ReportSection("Nguồn của Phụ lục IX", null, [SourceTables.Of(ix)]));

        var isSample = values.IsSample || ix.Any(e => e.IsSample);
        var lead = new List<string>
        {
            $"Phụ lục 1–8 của tỉnh (năm {years.First}–{years.Last}{PartialText(years)}) tổng hợp từ kho dữ liệu: " +
                "mỗi giá trị là báo cáo của sở được giao chỉ tiêu, nếu chưa có thì tổng hợp từ các đơn vị cấp huyện theo quy tắc của danh mục; " +
                $"Phụ lục IX: tỉnh tự đánh giá các mục tiêu giai đoạn 2011–2025.",
            $"Xuất từ CCHC Analytics ngày {now:dd/MM/yyyy} lúc {now:HH:mm}.",
        };
        var (from, to) = ComparedYears(years);
        return new ReportContent(ReportText.Title(province.Name), lead, isSample, from, to, PartialText(years),
            Changes(catalogue, values, appendices, from, to),
            await ChartsAsync(catalogue, values, book, keyIndicators, province), sections, sources);
    }

    /// <summary>", năm 2020 tính đến 31/3", or nothing when every year is whole.</summary>
    static string PartialText(AppendixYears years) =>
        years.PartialYear is { } partial ? $", năm {partial} {(years.PartialUntil is { } until ? $"tính đến {until}" : "chưa trọn năm")}" : "";

    /// <summary>One sentence per indicator with a province figure in <paramref name="fromYear"/> or
    /// <paramref name="toYear"/> (both: the change; one: what is missing); indicators with neither are counted, not listed.</summary>
    public static IReadOnlyList<ChangeGroup> Changes(
        Catalogue catalogue, ConsolidatedValues values, IReadOnlyList<Appendix> appendices, int fromYear, int toYear)
    {
        var figures = values.Figures.ToDictionary(f => (f.IndicatorCode, f.Year));
        var groups = new List<ChangeGroup>();
        foreach (var appendix in appendices.Where(a => a.Kind == "indicator"))
        {
            var sentences = new List<string>();
            var without = 0;
            foreach (var indicator in catalogue.Indicators.Where(i => i.AppendixCode == appendix.Code && i.UnitOfMeasure != "group").OrderBy(i => i.SortOrder))
            {
                var from = Year(figures, indicator.Code, fromYear);
                var to = Year(figures, indicator.Code, toYear);
                if (from.Value is null && to.Value is null) { without++; continue; }
                sentences.Add(ChangeSentence.For($"{Name(catalogue, indicator)} ({indicator.Code})", indicator.UnitOfMeasure, from, to));
            }
            if (without > 0)
                sentences.Add($"{without} chỉ tiêu khác chưa có số liệu của tỉnh cả năm {fromYear} và năm {toYear}.");
            groups.Add(new ChangeGroup($"Phụ lục {appendix.Number}. {appendix.Title}", sentences));
        }
        return groups;
    }

    static YearFigure Year(Dictionary<(string, int), ProvinceFigure> figures, string code, int year) =>
        figures.TryGetValue((code, year), out var f)
            ? new YearFigure(year, f.Value, f.Method, f.Value is null ? [] : f.Missing)
            : new YearFigure(year, null, "Chưa có báo cáo", []);

    /// <summary>A "-" row is read under its parent: "Số lượng văn bản …: Văn bản của UBND tỉnh".</summary>
    static string Name(Catalogue catalogue, Indicator indicator) =>
        indicator.ParentCode is { } parent && catalogue.Indicators.FirstOrDefault(i => i.Code == parent) is { } p && p.UnitOfMeasure != "group"
            ? $"{p.Label} – {indicator.Label}"
            : indicator.Label;

    static async Task<IReadOnlyList<ReportChart>> ChartsAsync(Catalogue catalogue, ConsolidatedValues values, ChartBook book,
        IReadOnlyList<string> keyIndicators, Unit province)
    {
        var specs = new List<ChartSpec>();
        foreach (var code in keyIndicators)
        {
            if (catalogue.Indicators.FirstOrDefault(i => i.Code == code) is not { UnitOfMeasure: "count" or "percent" } indicator) continue;
            var area = catalogue.Areas.FirstOrDefault(a => a.Code == indicator.AreaCode)?.Name ?? indicator.AreaCode;
            var spec = ProvinceTrendChart.Build("report-" + code, indicator, area, province.Name, values.Figures.ToList(), AppendixYears.Of(catalogue));
            if (!spec.IsEmpty) specs.Add(spec);
        }
        if (await book.BuildAsync(ChartBook.AreaId(TargetEvaluationTable.Programme), Selection.Default) is { } targets) specs.Add(targets);
        return specs.Select((spec, n) => new ReportChart(
            $"Biểu đồ {n + 1}. {spec.Title}" + (spec.IsSample ? " (dữ liệu mẫu)" : ""),
            ChartRenderer.Png(spec, ChartSize, withTitle: false), ChartSize.Width, ChartSize.Height,
            $"{spec.Title}. {spec.Subtitle}. {spec.SourceLine}")).ToList();
    }

    static Unit Province(Catalogue catalogue) => catalogue.Units.Single(u => u.Level == "province");
}
