namespace CCHC.Warehouse.Queries;

// Phụ lục 1–3, 5–7 (chỉ tiêu) and Phụ lục 4 (số lượng tổ chức).
public sealed partial class DashboardQueries
{
    /// <summary>
    /// Values of the indicators for the units in [<paramref name="fromYear"/>, <paramref name="toYear"/>], by indicator
    /// (printed order), unit (the province first) and year. A value nobody reported has no row.
    /// </summary>
    /// <param name="includePartial">False leaves out the 2020 column "tính đến 31/3" (first quarter only).</param>
    public Task<IReadOnlyList<IndicatorPoint>> ValuesAsync(
        IReadOnlyList<string>? indicatorCodes, IReadOnlyList<string>? unitCodes, int fromYear, int toYear, bool includePartial,
        CancellationToken cancellationToken = default) =>
        reader.QueryAsync<IndicatorPoint>("Queries/values.sql",
            new { indicators = new CodeList(indicatorCodes), units = new CodeList(unitCodes), fromYear, toYear, includePartial },
            cancellationToken);

    /// <summary>One indicator over the district-level units, by year: sum for counts, mean for percent and yes/no.</summary>
    public Task<IReadOnlyList<AggregatePoint>> DistrictAggregateAsync(
        string indicatorCode, int fromYear, int toYear, bool includePartial, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<AggregatePoint>("Queries/district_aggregate.sql",
            new { indicatorCode, fromYear, toYear, includePartial }, cancellationToken);

    /// <summary>
    /// Indicators the unit is asked for with no value in a year, within the appendices it has sent; appendices it
    /// has not sent at all are <see cref="MissingAppendicesAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<IndicatorGap>> GapsAsync(
        string unitCode, int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<IndicatorGap>("Queries/gaps.sql", new { unitCode, fromYear, toYear }, cancellationToken);

    /// <summary>Phụ lục 4 counts of organisations, by unit (the province first), measure and period.</summary>
    public Task<IReadOnlyList<OrgCount>> OrgCountsAsync(
        IReadOnlyList<string>? unitCodes, CancellationToken cancellationToken = default) =>
        reader.QueryAsync<OrgCount>("Queries/org_counts.sql", new { units = new CodeList(unitCodes) }, cancellationToken);
}
