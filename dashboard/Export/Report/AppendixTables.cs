using CCHC.Dashboard.Charts.Model;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Dashboard.Export.Report;

/// <summary>The province's Phụ lục 1–8 as Word tables: the rows of the consolidated workbook (catalogue order, STT as
/// printed) and its values (<see cref="ConsolidatedValues.For"/>, the very dictionaries the workbook is written from),
/// each value's sources from <see cref="ConsolidatedValues.Describe"/> as the workbook's "Nguồn" sheet lists them.</summary>
public static class AppendixTables
{
    /// <summary>Marks a value made from fewer units than the rule needs (the workbook's cell comment).</summary>
    public const string ShortMark = "*";

    public const string ShortNote = "* tổng hợp khi còn thiếu số liệu của một số đơn vị cấp huyện (tên các đơn vị ở mục Nguồn số liệu).";

    /// <summary>Text width of a landscape A4 page with 2 cm margins, in dxa.</summary>
    public const int Width = 14570;

    /// <param name="years">The appendices' year columns, from the catalogue (<see cref="AppendixYears.Of"/>).</param>
    public static IReadOnlyList<ReportTable> Of(Catalogue catalogue, ConsolidatedValues values, Appendix appendix, AppendixYears years) => appendix.Kind switch
    {
        "org_count" => OrgCounts(catalogue, values, appendix),
        "target" => [Targets(catalogue, values, appendix)],
        _ => [Indicators(catalogue, values, appendix, years)],
    };

    /// <summary>Every value cell of the appendix the way the workbook's "Nguồn" sheet lists it.</summary>
    public static IReadOnlyList<SourceLine> Sources(Catalogue catalogue, ConsolidatedValues values, Appendix appendix, AppendixYears years)
    {
        IEnumerable<(string Code, string Column)> cells = appendix.Kind switch
        {
            "org_count" => catalogue.OrgMeasures.OrderBy(m => m.SortOrder)
                .SelectMany(m => AppendixYears.OrgPeriods.Select(p => (m.Code, p.Period))),
            "target" => catalogue.Targets.Where(t => t.AppendixCode == appendix.Code).OrderBy(t => t.TargetNo).Select(t => (t.Code, "verdict")),
            _ => IndicatorsOf(catalogue, appendix).Where(i => i.UnitOfMeasure != "group")
                .SelectMany(i => years.All.Select(y => (i.Code, y.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        };
        return cells.Select(c => values.Describe(appendix, c.Code, c.Column))
            .Where(l => l is not null && (l.Value is not null || l.Verdict is not null || l.Sources.Count > 0)).Select(l => l!).ToList();
    }

    static ReportTable Indicators(Catalogue catalogue, ConsolidatedValues values, Appendix appendix, AppendixYears appendixYears)
    {
        var filled = values.For(appendix).Indicators;
        var years = appendixYears.All;
        var yearWidth = 1200;
        var columns = new List<ReportColumn> { new(800, false), new(Width - 800 - yearWidth * years.Count, false) };
        columns.AddRange(years.Select(_ => new ReportColumn(yearWidth, true)));
        var labelHead = appendix.Number == 2 ? "Nhiệm vụ/Tiêu chí" : "Chỉ tiêu";
        List<HeaderCell> header = [new("STT"), new(labelHead), .. years.Select(y => new HeaderCell(
            y == appendixYears.PartialYear ? $"Năm {y} {appendixYears.PartialNote.ToLowerInvariant()}" : $"Năm {y}"))];

        var rows = new List<ReportRow>();
        foreach (var indicator in IndicatorsOf(catalogue, appendix))
        {
            if (indicator.UnitOfMeasure == "group")
            {
                rows.Add(new ReportRow([indicator.Stt, indicator.Label, .. years.Select(_ => "")], Bold: true, Shaded: true));
                continue;
            }
            var cells = new List<string> { indicator.Stt, indicator.Label };
            foreach (var year in years)
            {
                if (!filled.TryGetValue((indicator.Code, year), out var value)) { cells.Add(""); continue; }
                var line = values.Describe(appendix, indicator.Code, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                cells.Add(Show(indicator.UnitOfMeasure, value) + (line is { Missing.Count: > 0 } ? ShortMark : ""));
            }
            rows.Add(new ReportRow(cells, Bold: indicator.ParentCode is null));
        }
        return new ReportTable(null, columns, [header], rows, SourceNote(catalogue, values, appendix), IsSample(catalogue, values, appendix));
    }

    static IReadOnlyList<ReportTable> OrgCounts(Catalogue catalogue, ConsolidatedValues values, Appendix appendix)
    {
        var counts = values.For(appendix).OrgCounts;
        var province = catalogue.Units.Single(u => u.Level == "province");
        var tables = new List<ReportTable>();
        var sections = catalogue.OrgMeasures.OrderBy(m => m.SortOrder).GroupBy(m => m.Section).ToList();
        foreach (var (section, n) in sections.Select((s, n) => (s, n)))
        {
            var measures = section.ToList();
            const int unitWidth = 1500, periodWidth = 2100;
            var each = (Width - unitWidth - periodWidth) / measures.Count;
            var columns = new List<ReportColumn> { new(unitWidth, false), new(periodWidth, false) };
            columns.AddRange(measures.Select(_ => new ReportColumn(each, true)));
            var header = new List<IReadOnlyList<HeaderCell>>();
            if (measures.Any(m => m.Sector is not null))
            {
                // Section III: the sector over its owners, as the seed prints it; the first two heads stand on both rows.
                header.Add([new("Tỉnh, thành phố", Rows: 2), new("Giai đoạn", Rows: 2), .. measures.GroupBy(m => m.Sector ?? m.Label)
                    .Select(g => new HeaderCell(g.Key, g.Count()))]);
                header.Add([HeaderCell.Below, HeaderCell.Below, .. measures.Select(m => new HeaderCell(m.OwnerLevel ?? m.Label))]);
            }
            else header.Add([new("Tỉnh, thành phố"), new("Giai đoạn"), .. measures.Select(m => new HeaderCell(m.Label))]);

            var rows = AppendixYears.OrgPeriods.Select(p => new ReportRow(
                [province.Name, p.Text, .. measures.Select(m => counts.TryGetValue((m.Code, p.Period), out var v)
                    ? Show("count", v) + (values.Describe(appendix, m.Code, p.Period) is { Missing.Count: > 0 } ? ShortMark : "")
                    : "")])).ToList();
            // The sources note once, under the last section, for the appendix as a whole.
            var last = n == sections.Count - 1;
            tables.Add(new ReportTable($"{section.Key}. {measures[0].SectionTitle}", columns, header, rows,
                last ? SourceNote(catalogue, values, appendix) : "", last && IsSample(catalogue, values, appendix)));
        }
        return tables;
    }

    static ReportTable Targets(Catalogue catalogue, ConsolidatedValues values, Appendix appendix)
    {
        var verdicts = values.For(appendix).Verdicts;
        ReportColumn[] columns = [new(800, false), new(8400, false), new(1900, false, Centered: true), new(Width - 800 - 8400 - 1900, false)];
        HeaderCell[] header = [new("STT"), new("Các mục tiêu cải cách"), new("Đánh giá kết quả đạt được (Đạt/Không đạt)"), new("Ghi chú")];
        var rows = catalogue.Targets.Where(t => t.AppendixCode == appendix.Code).OrderBy(t => t.TargetNo).Select(t => new ReportRow(
        [
            $"{t.TargetNo}.", t.Text,
            verdicts.TryGetValue(t.Code, out var achieved) ? (achieved ? "Đạt" : "Không đạt") : "",
            values.Describe(appendix, t.Code, "verdict")?.Comment ?? "",
        ])).ToList();
        return new ReportTable(null, columns, [header], rows, SourceNote(catalogue, values, appendix), IsSample(catalogue, values, appendix));
    }

    /// <summary>"Nguồn: …": who the values are from and how many workbooks, and where every cell is listed.</summary>
    static string SourceNote(Catalogue catalogue, ConsolidatedValues values, Appendix appendix)
    {
        var lines = Sources(catalogue, values, appendix, AppendixYears.Of(catalogue));
        var files = lines.SelectMany(l => l.Sources).Select(s => s.File).Distinct(StringComparer.Ordinal).Count();
        var methods = lines.Where(l => l.Value is not null || l.Verdict is not null).Select(l => l.Method).ToList();
        var own = methods.Count(m => m.StartsWith("Báo cáo", StringComparison.Ordinal) || m.StartsWith("Đánh giá", StringComparison.Ordinal));
        var made = methods.Count - own;
        var parts = new List<string>
        {
            files == 0 ? "Nguồn: chưa có báo cáo nào cho phụ lục này trong kho dữ liệu"
                : $"Nguồn: {files} tệp phụ lục trong kho dữ liệu; {own} giá trị từ báo cáo của tỉnh (các sở), {made} giá trị tổng hợp từ các đơn vị cấp huyện theo quy tắc của danh mục",
            "tệp › trang tính › ô của từng giá trị ở mục \"Nguồn số liệu\" cuối tài liệu",
        };
        if (lines.Any(l => l.Missing.Count > 0)) parts.Add(ShortNote.TrimEnd('.'));
        return string.Join("; ", parts) + ".";
    }

    static bool IsSample(Catalogue catalogue, ConsolidatedValues values, Appendix appendix) =>
        appendix.Kind == "indicator"
            ? values.Figures.Any(f => f.IsSample && IndicatorsOf(catalogue, appendix).Any(i => i.Code == f.IndicatorCode))
            : values.IsSample && Sources(catalogue, values, appendix, AppendixYears.Of(catalogue)).Count > 0;

    static List<Indicator> IndicatorsOf(Catalogue catalogue, Appendix appendix) =>
        catalogue.Indicators.Where(i => i.AppendixCode == appendix.Code).OrderBy(i => i.SortOrder).ToList();

    /// <summary>A value as the table shows it: "1.234", "98,7" (the row says it is a rate), "Có"/"Không".</summary>
    public static string Show(string unitOfMeasure, double value) =>
        unitOfMeasure == "yesno" ? ViNumber.Format(value, ValueFormat.YesNo) : ViNumber.Format(value, ValueFormat.Count);
}
