namespace CCHC.Warehouse.Queries;

/// <summary>
/// Every question the dashboard asks the warehouse: one method each, its SQL in the .sql file of the same name beside
/// it, results in the order the dashboard shows them. Stateless; register as a singleton beside its
/// <see cref="WarehouseReader"/>. Each call throws <see cref="WarehouseUnavailableException"/> when the file cannot be read.
/// </summary>
/// <remarks>
/// Lists of codes: null or empty means all. Years are inclusive. Values of sample workbooks are included and flagged
/// (<c>IsSample</c>). DuckDB.NET runs queries synchronously, so the tasks complete before they are returned.
/// </remarks>
public sealed partial class DashboardQueries(WarehouseReader reader)
{
    /// <summary>Reporting units, the province first, then by code.</summary>
    public Task<IReadOnlyList<UnitInfo>> UnitsAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<UnitInfo>("Queries/units.sql", null, cancellationToken);

    /// <summary>Reform areas in the plan's order.</summary>
    public Task<IReadOnlyList<AreaInfo>> AreasAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<AreaInfo>("Queries/areas.sql", null, cancellationToken);

    /// <summary>Appendices PL1…PL9 by number.</summary>
    public Task<IReadOnlyList<AppendixInfo>> AppendicesAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<AppendixInfo>("Queries/appendices.sql", null, cancellationToken);

    /// <summary>Indicators that carry values (not headings), by appendix and printed order, with their value counts.</summary>
    public Task<IReadOnlyList<IndicatorInfo>> IndicatorsAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<IndicatorInfo>("Queries/indicators.sql", null, cancellationToken);

    /// <summary>Every target of both programmes, judged or not, by programme and number.</summary>
    public Task<IReadOnlyList<TargetInfo>> TargetCatalogueAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<TargetInfo>("Queries/target_catalogue.sql", null, cancellationToken);

    /// <summary>The province, its district-level units, the report's years and the target programmes, in one row. The
    /// years are the catalogue's reporting period; without one, those the values hold.</summary>
    public async Task<ReportScope> ReportScopeAsync(CancellationToken cancellationToken = default)
    {
        var scope = await reader.QuerySingleAsync<ReportScope>("Queries/report_scope.sql", null, cancellationToken);
        if (scope.FirstYear is not null) return scope;
        var values = await ValueYearsAsync(cancellationToken);
        return scope with { FirstYear = values.FirstYear, LastYear = values.LastYear, PartialYear = values.PartialYear };
    }

    /// <summary>The years the indicator values hold, and the latest partial one; nulls before any value.</summary>
    public Task<ValueYears> ValueYearsAsync(CancellationToken cancellationToken = default) =>
        reader.QuerySingleAsync<ValueYears>("Queries/value_years.sql", null, cancellationToken);
}
