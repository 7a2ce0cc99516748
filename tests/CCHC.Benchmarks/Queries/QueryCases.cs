using CCHC.Warehouse.Queries;

namespace CCHC.Benchmarks.Queries;

/// <summary>Every method of DashboardQueries, with the arguments the pages and the chart book pass (ChartBook,
/// Overview, UnitProfile, Targets, DataQuality), for the default selection: 2015–2020 with the first quarter of 2020,
/// the focus indicator PL3.5.2, and Tây Sơn (547) where a page is about one unit.</summary>
static class QueryCases
{
    public sealed record Case(string Name, string CalledBy, Func<DashboardQueries, Task<int>> Run);

    /// <summary>What <see cref="Case.CalledBy"/> says of a query the dashboard does not run (yet).</summary>
    public const string NoPage = "no page yet";

    const string Indicator = "PL3.5.2";
    const string Unit = "547";
    const int From = 2015, To = 2020, ComparedYear = 2019;

    public static IReadOnlyList<Case> For(IReadOnlyList<UnitInfo> units, IReadOnlyList<IndicatorInfo> indicators)
    {
        var districts = units.Where(u => u.Level == "district").Select(u => u.Code).ToList();
        var province = units.First(u => u.Level == "province").Code;
        var area = indicators.First(i => i.Code == Indicator).AreaCode;
        var areaIndicators = indicators.Where(i => i.AreaCode == area && i.ValueCount > 0).Select(i => i.Code).ToList();
        return
        [
            new("UnitsAsync", "every page (reference data)", async q => (await q.UnitsAsync()).Count),
            new("AreasAsync", "every page (reference data)", async q => (await q.AreasAsync()).Count),
            new("AppendicesAsync", "every page (reference data)", async q => (await q.AppendicesAsync()).Count),
            new("IndicatorsAsync", "every page (reference data)", async q => (await q.IndicatorsAsync()).Count),
            new("StatusAsync", "every page (reference data)", async q => (await q.StatusAsync()).Units > 0 ? 1 : 0),
            new("ReportScopeAsync", "every page (reference data)", async q => (await q.ReportScopeAsync()).Districts > 0 ? 1 : 0),
            new("TargetCatalogueAsync", NoPage, async q => (await q.TargetCatalogueAsync()).Count),
            new($"ValuesAsync trend: {Indicator} × {districts.Count} districts, {From}–{To}", "/xu-huong",
                async q => (await q.ValuesAsync([Indicator], districts, From, To, true)).Count),
            new($"ValuesAsync ranking: {Indicator} × {districts.Count} districts, {ComparedYear}", "/so-sanh",
                async q => (await q.ValuesAsync([Indicator], districts, ComparedYear, ComparedYear, true)).Count),
            new($"ValuesAsync heat map: {areaIndicators.Count} {area} indicators × {districts.Count} districts, {ComparedYear}", "/so-sanh",
                async q => (await q.ValuesAsync(areaIndicators, districts, ComparedYear, ComparedYear, true)).Count),
            new($"ValuesAsync unit profile: every indicator of {Unit}, {From}–{To}", "/don-vi/{code}",
                async q => (await q.ValuesAsync(null, [Unit], From, To, true)).Count),
            new($"DistrictAggregateAsync {Indicator}, {From}–{To}", "/, /xu-huong, /don-vi",
                async q => (await q.DistrictAggregateAsync(Indicator, From, To, true)).Count),
            new($"GapsAsync {Unit}, {From}–{To}", "/don-vi/{code}", async q => (await q.GapsAsync(Unit, From, To)).Count),
            new("OrgCountsAsync (all units)", NoPage, async q => (await q.OrgCountsAsync(null)).Count),
            new("TargetTalliesAsync", "/", async q => (await q.TargetTalliesAsync()).Count),
            new("TargetsByAreaAsync 2011-2020, all units", "/, /muc-tieu", async q => (await q.TargetsByAreaAsync("2011-2020", null)).Count),
            new("TargetEvaluationsAsync 2011-2020, all units", "/, /muc-tieu", async q => (await q.TargetEvaluationsAsync("2011-2020", null, null)).Count),
            new($"TargetEvaluationsAsync 2011-2025, province {province}", "/, /muc-tieu",
                async q => (await q.TargetEvaluationsAsync("2011-2025", null, [province])).Count),
            new("ReportingAsync", "/, /don-vi/{code}", async q => (await q.ReportingAsync()).Count),
            new($"MissingAppendicesAsync {Unit}", "/don-vi/{code}", async q => (await q.MissingAppendicesAsync(Unit)).Count),
            new($"CompletenessAsync {From}–{To}", "/du-lieu", async q => (await q.CompletenessAsync(From, To)).Count),
            new("LoadsAsync", "/du-lieu", async q => (await q.LoadsAsync()).Count),
            new("SubmissionsAsync", "/du-lieu", async q => (await q.SubmissionsAsync()).Count),
            new("RejectsAsync", "/du-lieu", async q => (await q.RejectsAsync()).Count),
            new($"RuleViolationsAsync all units, {From}–{To}", "/du-lieu", async q => (await q.RuleViolationsAsync(null, From, To)).Count),
        ];
    }
}
