using CCHC.Dashboard.Charts.Definitions;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Charts.Book;

public sealed partial class ChartBook
{
    /// <summary>The indicator the trend, ranking and heat map show: the selected one, else on-time dossiers (PL3.5.2),
    /// within the chosen area (see <see cref="ReferenceData.FocusIndicator"/>).</summary>
    public IndicatorInfo IndicatorFor(Selection selection) => reference.FocusIndicator(selection.Indicator, selection.Area);

    /// <summary>The one year the comparison shows: with the default range the latest full year, not the partial year's
    /// column (2020 to 31/3).</summary>
    public static int ComparedYear(Selection selection) =>
        selection.FromYear == selection.ToYear || selection.Years?.Partial is not { } partial
            ? selection.ToYear
            : Math.Min(selection.ToYear, partial - 1);

    public async Task<ChartSpec> TrendAsync(Selection selection)
    {
        var indicator = IndicatorFor(selection);
        // Without a chosen unit every district-level unit is drawn, so the spread is visible at once.
        var units = selection.Units.Count > 0 ? selection.Units : reference.Districts.Select(u => u.Code).ToList();
        var points = await queries.ValuesAsync([indicator.Code], units, selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        var aggregate = await queries.DistrictAggregateAsync(indicator.Code, selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        return TrendChart.Build(Trend, indicator, points, aggregate, selection, reference);
    }

    /// <summary>A key indicator's district-level total or mean over the years (the overview's small trend, full size).</summary>
    public async Task<ChartSpec> KeyTrendAsync(string indicatorCode, Selection selection)
    {
        var aggregate = await queries.DistrictAggregateAsync(indicatorCode, selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        return KeyTrend(reference.Indicator(indicatorCode)!, aggregate, selection);
    }

    /// <summary>The key indicator's trend from its aggregate already read (the overview shows the same figures above it).</summary>
    public ChartSpec KeyTrend(IndicatorInfo indicator, IReadOnlyList<AggregatePoint> aggregate, Selection selection)
    {
        var spec = TrendChart.Build(KeyId(indicator.Code), indicator, [], aggregate, selection with { Units = [] }, reference);
        // The aggregate is computed from the units' values, so it is as sample as they are.
        var sample = reference.Status?.HasSample == true;
        var source = ChartText.SourceLine($"phụ lục thống kê của {reference.Words.Districts} (tổng hoặc trung bình)",
            spec.PartialCategory is not null ? reference.Years : null, sample);
        return spec with { IsSample = sample, SourceLine = source };
    }

    /// <summary>One unit against the district-level aggregate on one indicator (the unit profile's trends).</summary>
    public async Task<ChartSpec?> UnitTrendAsync(string unitCode, string indicatorCode, Selection selection)
    {
        if (reference.Unit(unitCode) is not { } unit || reference.Indicator(indicatorCode) is not { } indicator) return null;
        var points = await queries.ValuesAsync([indicatorCode], [unitCode], selection.FromYear, selection.EffectiveToYear, selection.IncludePartial);
        var aggregate = HasAggregate(unit)
            ? await queries.DistrictAggregateAsync(indicatorCode, selection.FromYear, selection.EffectiveToYear, selection.IncludePartial)
            : null;
        return UnitTrend(unit, indicator, points, aggregate, selection);
    }

    /// <summary>Whether a unit's trend is drawn against the district-level aggregate: a district's is, the province's not.</summary>
    public static bool HasAggregate(UnitInfo unit) => unit.Level == "district";

    /// <summary>The unit trend from reads already made: the unit's values of the indicator (the unit profile reads all of
    /// them for its table) and the aggregate when <see cref="HasAggregate"/>.</summary>
    public ChartSpec UnitTrend(UnitInfo unit, IndicatorInfo indicator, IReadOnlyList<IndicatorPoint> points,
        IReadOnlyList<AggregatePoint>? aggregate, Selection selection) =>
        TrendChart.Build(UnitTrendId(indicator.Code), indicator, points, aggregate, selection with { Units = [unit.Code] }, reference);

    public async Task<ChartSpec> RankingAsync(Selection selection)
    {
        var indicator = IndicatorFor(selection);
        var year = ComparedYear(selection);
        var districts = reference.Districts.ToList();
        var points = await queries.ValuesAsync([indicator.Code], districts.Select(u => u.Code).ToList(), year, year, includePartial: true);
        return RankingChart.Build(Ranking, indicator, year, points, districts, selection, reference);
    }

    public async Task<ChartSpec> HeatmapAsync(Selection selection)
    {
        var indicator = IndicatorFor(selection);
        var year = ComparedYear(selection);
        var districts = reference.Districts.ToList();
        var areaCode = selection.Area ?? indicator.AreaCode;
        var areaIndicators = reference.Indicators.Where(i => i.AreaCode == areaCode && i.ValueCount > 0).ToList();
        var points = await queries.ValuesAsync(areaIndicators.Select(i => i.Code).ToList(), districts.Select(u => u.Code).ToList(), year, year, includePartial: true);
        var rows = selection.Units.Count > 0 ? districts.Where(u => selection.HasUnit(u.Code)).ToList() : districts;
        return HeatmapChart.Build(Heatmap, areaIndicators, year, points, rows, selection with { Area = areaCode }, reference);
    }

    /// <summary>Achieved and missed of a programme as a whole: the province's own evaluation for 2011–2025, the
    /// selected units' (or every unit's) for 2011–2020.</summary>
    public async Task<ChartSpec> ShareAsync(string programme, Selection selection)
    {
        var (units, whose) = Evaluators(programme, selection);
        var evaluations = await queries.TargetEvaluationsAsync(programme, selection.Area, units);
        return Share(programme, whose, evaluations);
    }

    public async Task<ChartSpec> AreaAsync(string programme, Selection selection)
    {
        var (units, whose) = Evaluators(programme, selection);
        var tallies = await queries.TargetsByAreaAsync(programme, units is [var one] ? one : null);
        var evaluations = await queries.TargetEvaluationsAsync(programme, selection.Area, units);
        return Area(programme, whose, tallies, evaluations, selection);
    }

    /// <summary>A programme's share and by-area charts together, as the targets page shows them, from one read of the
    /// evaluations; with them the evaluations themselves, which are the page's table when they are the same rows
    /// (see <see cref="Evaluators"/>: the province's for 2011–2025; for 2011–2020 the one chosen unit's, or every unit's).</summary>
    public async Task<ProgrammeCharts> ProgrammeAsync(string programme, Selection selection)
    {
        var (units, whose) = Evaluators(programme, selection);
        var evaluations = await queries.TargetEvaluationsAsync(programme, selection.Area, units);
        var tallies = await queries.TargetsByAreaAsync(programme, units is [var one] ? one : null);
        return new(Share(programme, whose, evaluations), Area(programme, whose, tallies, evaluations, selection), evaluations);
    }

    static ChartSpec Share(string programme, string whose, IReadOnlyList<TargetEvaluation> evaluations) =>
        TargetCharts.Share(ShareId(programme), programme, whose,
            evaluations.Count(e => e.Achieved), evaluations.Count(e => !e.Achieved), evaluations.Any(e => e.IsSample));

    static ChartSpec Area(string programme, string whose, IReadOnlyList<AreaTargetTally> tallies,
        IReadOnlyList<TargetEvaluation> evaluations, Selection selection)
    {
        if (selection.Area is not null) tallies = tallies.Where(t => t.AreaCode == selection.Area).ToList();
        return TargetCharts.ByArea(AreaId(programme), programme, whose, tallies, evaluations.Any(e => e.IsSample));
    }

    (IReadOnlyList<string>? Units, string Whose) Evaluators(string programme, Selection selection)
    {
        if (programme == "2011-2025")
        {
            var province = reference.Units.First(u => u.Level == "province");
            return ([province.Code], reference.Words.Province + " tự đánh giá");
        }
        // One unit chosen: its own evaluation; otherwise every unit's, as the by-area tally is per unit or for all.
        return selection.Units is [var unit]
            ? ([unit], reference.UnitName(unit) + " tự đánh giá")
            : (null, $"Lượt đánh giá của các đơn vị (cấp tỉnh và {reference.Words.Districts})");
    }

    public async Task<ChartSpec> CompletenessAsync(Selection selection) =>
        CompletenessOf(await queries.CompletenessAsync(selection.FromYear, selection.EffectiveToYear), selection);

    /// <summary>The completeness chart from the matrix already read for the selection's years (the data page shows it too).</summary>
    public ChartSpec CompletenessOf(IReadOnlyList<CompletenessCell> cells, Selection selection)
    {
        var shown = cells.Where(c => selection.Units.Count == 0 || selection.HasUnit(c.UnitCode)).ToList();
        return CompletenessChart.Build(Completeness, shown, selection, SelectionText.Describe(selection, reference.UnitName));
    }
}
