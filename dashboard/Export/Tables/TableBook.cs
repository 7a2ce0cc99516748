using System.Globalization;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Charts.Definitions;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export.Data;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export.Tables;

/// <summary>The tables of the pages (targets, a unit's values, the completeness matrix, rejects, loads) as export
/// tables, built from an id and a selection like the charts, every row with its source where it has one.</summary>
public sealed class TableBook(DashboardQueries queries, ReferenceData reference)
{
    public const string Targets2025 = "targets-2011-2025";
    public const string Targets2020 = "targets-2011-2020";
    public const string UnitValues = "unit-values";
    public const string Compare = "compare";
    public const string Completeness = "completeness";
    public const string Rejects = "rejects";
    public const string Notes = "notes";
    public const string Loads = "loads";

    public async Task<ExportTable?> BuildAsync(string id, Selection selection, DateTime exportedAt)
    {
        await reference.EnsureLoadedAsync();
        selection = reference.Within(selection);
        var filter = SelectionText.Describe(selection, reference.UnitName, reference.AreaName);
        return id switch
        {
            Targets2025 or Targets2020 => await TargetsAsync(id == Targets2025 ? "2011-2025" : "2011-2020", selection, filter, exportedAt),
            UnitValues when selection.Units is [var unit] && reference.Unit(unit) is not null => await UnitValuesAsync(unit, selection, filter, exportedAt),
            Compare => await CompareAsync(selection, exportedAt),
            Completeness => await CompletenessAsync(selection, filter, exportedAt),
            Rejects => await RejectsAsync(exportedAt),
            Notes => await NotesAsync(exportedAt),
            Loads => await LoadsAsync(exportedAt),
            _ => null,
        };
    }

    async Task<ExportTable> TargetsAsync(string programme, Selection selection, string filter, DateTime at)
    {
        var province = reference.Units.First(u => u.Level == "province").Code;
        IReadOnlyList<string>? units = programme == "2011-2025" ? [province] : selection.Units.Count > 0 ? selection.Units : null;
        var rows = await queries.TargetEvaluationsAsync(programme, selection.Area, units);
        return new ExportTable(TargetCharts.ProgrammeName(programme),
            Heading(TargetCharts.ProgrammeName(programme), filter, rows.Any(r => r.IsSample), at),
            [new("STT", Width: 6), new("Mục tiêu", Width: 70), new("Lĩnh vực", Width: 30), new("Đơn vị", Width: 16),
             new("Kết quả đạt được", Width: 50), new("Đánh giá", Width: 12), new("Nguồn (tệp › trang › ô)", Width: 50)],
            rows.Select(r => (IReadOnlyList<object?>)[(double)r.TargetNo, r.TargetText, r.AreaName ?? "", reference.UnitName(r.UnitCode),
                r.ResultText ?? "", r.Achieved ? "Đạt" : "Không đạt", ChartText.Source(r)]).ToList());
    }

    async Task<ExportTable> UnitValuesAsync(string unit, Selection selection, string filter, DateTime at)
    {
        var values = await queries.ValuesAsync(null, [unit], selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        var title = $"Tất cả chỉ tiêu theo năm – {reference.UnitName(unit)}";
        var rows = values
            .Select(v => (Value: v, Indicator: reference.Indicator(v.IndicatorCode)))
            .Where(x => x.Indicator is not null && (selection.Area is null || x.Indicator.AreaCode == selection.Area))
            .OrderBy(x => x.Indicator!.SortOrder).ThenBy(x => x.Value.Year)
            .Select(x => (IReadOnlyList<object?>)[x.Indicator!.Code, ReferenceData.FullLabel(x.Indicator), (double)x.Value.Year, x.Value.Value,
                ViNumber.Format(x.Value.Value, ChartText.FormatOf(x.Indicator.UnitOfMeasure)), x.Value.IsPartialYear ? $"{reference.Years.PartialNote} ({reference.Years.PartialSpan})" : "",
                ChartText.Source(x.Value)])
            .ToList();
        return new ExportTable(title, Heading(title, filter, values.Any(v => v.IsSample), at),
            [new("Mã", Width: 10), new("Chỉ tiêu", Width: 70), new("Năm", Width: 8), new("Giá trị", ValueFormat.Number), new("Hiển thị"),
             new("Ghi chú", Width: 20), new("Nguồn (tệp › trang › ô)", Width: 50)], rows);
    }

    /// <summary>The comparison page's table: the district-level units' values of the area's indicators in the compared year.</summary>
    async Task<ExportTable> CompareAsync(Selection selection, DateTime at)
    {
        var indicator = reference.FocusIndicator(selection.Indicator, selection.Area);
        var year = ChartBook.ComparedYear(selection);
        var areaCode = selection.Area ?? indicator.AreaCode;
        var indicators = reference.Indicators.Where(i => i.AreaCode == areaCode && i.ValueCount > 0).OrderBy(i => i.SortOrder).ToList();
        var units = reference.Districts.Where(u => selection.Units.Count == 0 || selection.HasUnit(u.Code)).ToList();
        var values = await queries.ValuesAsync(indicators.Select(i => i.Code).ToList(), units.Select(u => u.Code).ToList(), year, year, includePartial: true);
        var title = $"Bảng so sánh: năm {year} · {reference.AreaName(areaCode)}";
        var rows = units.SelectMany(u => indicators.Select(i => (Unit: u, Indicator: i, Value: values.FirstOrDefault(v => v.UnitCode == u.Code && v.IndicatorCode == i.Code))))
            .Select(x => (IReadOnlyList<object?>)[x.Unit.Name, x.Indicator.Code, ReferenceData.FullLabel(x.Indicator), x.Value?.Value,
                x.Value is null ? ViNumber.NotReported : ViNumber.Format(x.Value.Value, ChartText.FormatOf(x.Indicator.UnitOfMeasure)),
                x.Value is null ? "" : ChartText.Source(x.Value)])
            .ToList();
        return new ExportTable(title, Heading(title, $"Năm {year} · Lĩnh vực: {reference.AreaName(areaCode)}", values.Any(v => v.IsSample), at),
            [new("Đơn vị", Width: 16), new("Mã", Width: 10), new("Chỉ tiêu", Width: 70), new("Giá trị", ValueFormat.Number), new("Hiển thị"),
             new("Nguồn (tệp › trang › ô)", Width: 50)], rows);
    }

    async Task<ExportTable> CompletenessAsync(Selection selection, string filter, DateTime at)
    {
        var cells = await queries.CompletenessAsync(selection.FromYear, selection.EffectiveToYear);
        const string title = "Ma trận báo cáo: đơn vị × phụ lục × năm";
        var rows = cells.Where(c => selection.Units.Count == 0 || selection.HasUnit(c.UnitCode))
            .Select(c => (IReadOnlyList<object?>)[reference.UnitName(c.UnitCode), "Phụ lục " + c.Appendix[2..], (double)c.Year,
                c.Reported ? "đã báo cáo" : "còn thiếu", (double)c.Facts])
            .ToList();
        return new ExportTable(title, Heading(title, filter, cells.Any(c => c.SampleFacts > 0), at),
            [new("Đơn vị", Width: 22), new("Phụ lục", Width: 12), new("Năm", Width: 8), new("Tình trạng", Width: 14), new("Số giá trị", ValueFormat.Count)], rows);
    }

    async Task<ExportTable> RejectsAsync(DateTime at)
    {
        var rejects = await queries.RejectsAsync();
        const string title = "Tệp và ô bị từ chối";
        return new ExportTable(title, Heading(title, "toàn bộ kho dữ liệu", false, at),
            [new("Tệp", Width: 40), new("Trang tính", Width: 20), new("Ô", Width: 8), new("Lý do", Width: 90), new("Nạp lúc", Width: 18)],
            rejects.Select(r => (IReadOnlyList<object?>)[r.SourceFile, r.SourceSheet ?? "", r.SourceCell ?? "", r.Reason, Time(r.LoadedAt)]).ToList());
    }

    async Task<ExportTable> NotesAsync(DateTime at)
    {
        var notes = await queries.NotesAsync();
        const string title = "Ghi chú khi đọc tệp";
        return new ExportTable(title, Heading(title, "toàn bộ kho dữ liệu", false, at),
            [new("Tệp", Width: 40), new("Trang tính", Width: 20), new("Ô ví dụ", Width: 8), new("Ghi chú", Width: 90), new("Nạp lúc", Width: 18)],
            notes.Select(n => (IReadOnlyList<object?>)[n.SourceFile, n.SourceSheet ?? "", n.SourceCell ?? "", n.Note, Time(n.LoadedAt)]).ToList());
    }

    async Task<ExportTable> LoadsAsync(DateTime at)
    {
        var loads = await queries.LoadsAsync();
        const string title = "Các tệp đã nạp";
        return new ExportTable(title, Heading(title, "toàn bộ kho dữ liệu", false, at),
            [new("Tệp", Width: 40), new("Trạng thái", Width: 14), new("Phụ lục còn hiệu lực", ValueFormat.Count), new("Giá trị", ValueFormat.Count),
             new("Lỗi", ValueFormat.Count), new("Nạp lúc", Width: 18)],
            loads.Select(l => (IReadOnlyList<object?>)[l.FileName, l.Status == "rejected" ? "bị từ chối" : l.ActiveSubmissions == 0 ? "đã bị thay thế" : "đã nạp",
                (double)l.ActiveSubmissions, (double)(l.IndicatorFacts + l.TargetFacts + l.OrgCountFacts), (double)l.Rejects, Time(l.LoadedAt)]).ToList());
    }

    static IReadOnlyList<(string, string)> Heading(string title, string filter, bool sample, DateTime at) =>
    [
        ("Bảng", title),
        ("Lọc theo", filter),
        ("Loại số liệu", sample ? "Có dữ liệu mẫu – không phải số liệu chính thức" : "Số liệu từ các tệp đã nạp"),
        ("Xuất lúc", at.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
    ];

    static string Time(DateTime utc) => utc.ToLocalTime().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
