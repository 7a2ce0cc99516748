using CCHC.Dashboard.Accounts;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export;

/// <summary>/xuat/tong-hop: the province's consolidated Phụ lục 1–8 (.xlsx) from the warehouse as it is now, with the
/// sheet of sources, for Sở Nội vụ to send up.</summary>
public static class ConsolidationEndpoint
{
    public static void MapConsolidation(this IEndpointRouteBuilder root) =>
        root.MapGet("/xuat/tong-hop", async (DashboardQueries queries, Hosting.DataPaths paths) =>
        {
            var catalogue = CatalogueLoader.Load(paths.Catalogue);
            var values = await ConsolidatedValues.ReadAsync(catalogue, queries);
            var path = Path.Combine(Path.GetTempPath(), $"tong-hop-{Guid.NewGuid():N}.xlsx");
            try
            {
                ConsolidatedWorkbook.Write(catalogue, values, path);
                var name = ConsolidatedWorkbook.FileName(catalogue).Replace(".xlsx", $"_{DateTime.Now:yyyy-MM-dd}.xlsx", StringComparison.Ordinal);
                return Results.File(await File.ReadAllBytesAsync(path), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            }
            finally
            {
                File.Delete(path);
            }
        }).RequireAuthorization(Roles.CanExport);
}
