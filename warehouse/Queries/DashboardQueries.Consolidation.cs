namespace CCHC.Warehouse.Queries;

public sealed partial class DashboardQueries
{
    /// <summary>Every active indicator value with its unit's level and answering department, for Sở Nội vụ's
    /// consolidated appendices (province level first within an indicator and year).</summary>
    public Task<IReadOnlyList<SourceValue>> ProvinceSourcesAsync(CancellationToken cancellationToken = default) =>
        reader.QueryAsync<SourceValue>("Queries/province_sources.sql", null, cancellationToken);
}
