using CCHC.Dashboard.Components.Shared;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Pages;

/// <summary>The catalogue as the pages need it (units, areas, indicators, targets), read once per browser session.</summary>
public sealed class ReferenceData(DashboardQueries queries)
{
    Task? loading;

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];
    public IReadOnlyList<AreaInfo> Areas { get; private set; } = [];
    public IReadOnlyList<IndicatorInfo> Indicators { get; private set; } = [];
    public IReadOnlyList<AppendixInfo> Appendices { get; private set; } = [];
    public DataStatus? Status { get; private set; }
    /// <summary>The province, its units, the years: the words pages use instead of fixed text.</summary>
    public ReportWords Words { get; private set; } = new(new ReportScope(null, null, 0, null, null, null, null, null, null));
    /// <summary>The report's years (the year slicer's range and the partial year).</summary>
    public ReportYears Years => Words.Years;

    public Task EnsureLoadedAsync() => loading ??= LoadAsync();

    async Task LoadAsync()
    {
        Units = await queries.UnitsAsync();
        Areas = await queries.AreasAsync();
        Indicators = await queries.IndicatorsAsync();
        Appendices = await queries.AppendicesAsync();
        Status = await queries.StatusAsync();
        Words = new ReportWords(await queries.ReportScopeAsync());
    }

    /// <summary>The selection within the report's years (a selection read from a URL knows only what was chosen).</summary>
    public Selection Within(Selection selection) => selection.Years is null ? selection.In(Years) : selection;

    /// <summary><see cref="Within"/>, reading the reference data first (an endpoint's own request).</summary>
    public async Task<Selection> WithinAsync(Selection selection)
    {
        await EnsureLoadedAsync();
        return Within(selection);
    }

    public IEnumerable<UnitInfo> Districts => Units.Where(u => u.Level == "district");
    public UnitInfo? Unit(string code) => Units.FirstOrDefault(u => u.Code == code);
    /// <summary>A unit as every page, chart and export names it: the province always "Tỉnh " and its name ("Tỉnh Bình
    /// Định", never "Toàn tỉnh" in one place and "Bình Định" in another), a district by its name.</summary>
    public string UnitName(string code) => Unit(code) is { } u ? (u.Level == "province" ? "Tỉnh " + u.Name : u.Name) : code;
    public string AreaName(string code) => Areas.FirstOrDefault(a => a.Code == code)?.Name ?? code;
    public IndicatorInfo? Indicator(string? code) => Indicators.FirstOrDefault(i => i.Code == code);

    /// <summary>The indicator a trend or comparison shows: the chosen one, else on-time dossiers (PL3.5.2).</summary>
    /// <summary>The indicator a page draws: the chosen one, else on-time dossiers (PL3.5.2); with an area chosen, one
    /// of that area's (the chosen one if it is, else the area's first with values), so the area slicer applies to
    /// every chart of the page.</summary>
    public IndicatorInfo FocusIndicator(string? code, string? areaCode = null)
    {
        bool InArea(IndicatorInfo i) => areaCode is null || i.AreaCode == areaCode;
        if (Indicator(code) is { } chosen && InArea(chosen)) return chosen;
        if (Indicator("PL3.5.2") is { } standard && InArea(standard)) return standard;
        return Indicators.Where(i => i.ValueCount > 0 && InArea(i)).OrderBy(i => i.SortOrder).FirstOrDefault()
            ?? Indicators.First(i => i.ValueCount > 0);
    }

    /// <summary>Indicator label with its parent when it is a "-" sub-row, as a reader needs it out of the table.</summary>
    public static string FullLabel(IndicatorInfo i) => i.ParentLabel is null ? i.Label : $"{i.ParentLabel}: {i.Label}";

    public IReadOnlyList<SlicerOption> UnitOptions(bool withProvince = false) =>
        Units.Where(u => withProvince || u.Level == "district").Select(u => new SlicerOption(u.Code, UnitName(u.Code))).ToList();

    public IReadOnlyList<SlicerOption> AreaOptions() => Areas.Select(a => new SlicerOption(a.Code, a.Name)).ToList();

    public IReadOnlyList<SlicerOption> IndicatorOptions(string? areaCode = null) =>
        Indicators.Where(i => i.ValueCount > 0 && (areaCode is null || i.AreaCode == areaCode))
            .OrderBy(i => i.SortOrder)
            .Select(i => new SlicerOption(i.Code, $"{i.Code.Replace("PL", "")} · {FullLabel(i)}", $"Phụ lục {i.Appendix[2..]}: {i.AreaName}"))
            .ToList();
}
