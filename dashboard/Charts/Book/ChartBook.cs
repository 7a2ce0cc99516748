using CCHC.Dashboard.Charts.Definitions;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Hosting;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;
using Microsoft.Extensions.Options;

namespace CCHC.Dashboard.Charts.Book;

/// <summary>Every chart of every page, built from a chart id and a selection. The pages draw these specs, and the
/// export (images, decks, data files) rebuilds the same spec from the id and the URL's selection, so a download is
/// exactly the chart on screen.</summary>
public sealed partial class ChartBook(DashboardQueries queries, ReferenceData reference, IOptions<DashboardOptions> options)
{
    public const string Trend = "trend";
    public const string Ranking = "ranking";
    public const string Heatmap = "heatmap";
    public const string Completeness = "completeness-chart";
    const string SharePrefix = "share-";
    const string AreaPrefix = "area-";
    const string KeyPrefix = "key-";
    const string UnitTrendPrefix = "unit-trend-";

    public static readonly IReadOnlyList<string> Programmes = ["2011-2025", "2011-2020"];

    /// <summary>The indicators leadership follows, on the overview and in the standard deck.</summary>
    public IReadOnlyList<string> KeyIndicators => options.Value.KeyIndicators;

    /// <summary>The charts of every page in page order: what the standard deck and the batch export hold.</summary>
    public async Task<IReadOnlyList<string>> StandardSetAsync()
    {
        await reference.EnsureLoadedAsync();
        return
        [
            .. Programmes.Select(AreaId),
            .. KeyIndicators.Where(c => reference.Indicator(c) is not null).Select(KeyId),
            Trend, Ranking, Heatmap,
            .. Programmes.Select(ShareId),
            Completeness,
        ];
    }

    public static string ShareId(string programme) => SharePrefix + programme;
    public static string AreaId(string programme) => AreaPrefix + programme;
    public static string KeyId(string indicatorCode) => KeyPrefix + indicatorCode;
    public static string UnitTrendId(string indicatorCode) => UnitTrendPrefix + indicatorCode;

    /// <summary>The chart with this id for this selection, or null when no chart has that id (or its indicator or
    /// unit is not in the catalogue).</summary>
    public async Task<ChartSpec?> BuildAsync(string id, Selection selection, CancellationToken cancellationToken = default)
    {
        await reference.EnsureLoadedAsync();
        selection = reference.Within(selection);
        return id switch
        {
            Trend => await TrendAsync(selection),
            Ranking => await RankingAsync(selection),
            Heatmap => await HeatmapAsync(selection),
            Completeness => await CompletenessAsync(selection),
            _ when Suffix(id, SharePrefix) is { } p && Programmes.Contains(p) => await ShareAsync(p, selection),
            _ when Suffix(id, AreaPrefix) is { } p && Programmes.Contains(p) => await AreaAsync(p, selection),
            _ when Suffix(id, KeyPrefix) is { } code && reference.Indicator(code) is not null => await KeyTrendAsync(code, selection),
            _ when Suffix(id, UnitTrendPrefix) is { } code && selection.Units.Count == 1 => await UnitTrendAsync(selection.Units[0], code, selection),
            _ => null,
        };
    }

    /// <summary>What a deck's title slide says it shows: the years and units, and what the charts that draw one
    /// indicator and one year draw (the slicers alone would not say the ranking is of 2019).</summary>
    public async Task<string> DeckSubtitleAsync(Selection selection)
    {
        await reference.EnsureLoadedAsync();
        selection = reference.Within(selection);
        var indicator = IndicatorFor(selection);
        return $"{SelectionText.Describe(selection, reference.UnitName, reference.AreaName)} · Chỉ tiêu: {ReferenceData.FullLabel(indicator)}"
            + $" · So sánh các đơn vị: năm {ComparedYear(selection)}";
    }

    /// <summary>The province, its units and the years, for the words around the charts (a deck's title slide).</summary>
    public async Task<ReportWords> WordsAsync()
    {
        await reference.EnsureLoadedAsync();
        return reference.Words;
    }

    static string? Suffix(string id, string prefix) => id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : null;
}
