using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>What the warehouse holds now. Facts are those of active submissions; years are indicator years.</summary>
public sealed record WarehouseSummary(
    long FilesLoaded, long FilesRejected, long ActiveSubmissions, long SupersededSubmissions,
    long IndicatorFacts, long TargetFacts, long OrgCountFacts, long Rejects,
    long Units, long Appendices, long Years, int? FirstYear, int? LastYear)
{
    public static WarehouseSummary Read(DuckDBConnection connection) =>
        connection.QuerySingle<WarehouseSummary>(SqlResource.Read("Summary/warehouse_summary.sql"));
}
