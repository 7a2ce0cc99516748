using CCHC.Dashboard.Accounts;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Export.Report;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export;

/// <summary>/xuat/tong-hop: the province's consolidated Phụ lục 1–8 (.xlsx) from the warehouse as it is now, with the
/// sheet of sources, for Sở Nội vụ to send up; /xuat/bao-cao-tong-hop.docx: the same figures as a Word report
/// (tables, key charts, the change of each indicator 2015→2019 in a sentence) for the Báo cáo tổng kết. Both under
/// /xuat, so the export throttle queues them like every other download.</summary>
public static class ConsolidationEndpoint
{
    public const string ReportPath = "/xuat/bao-cao-tong-hop.docx";

    public static void MapConsolidation(this IEndpointRouteBuilder root)
    {
        root.MapGet(ReportPath, async (DashboardQueries queries, ChartBook book, TimeProvider clock, Hosting.DataPaths paths) =>
        {
            var catalogue = CatalogueLoader.Load(paths.Catalogue);
            var now = clock.GetLocalNow().DateTime;
            var bytes = await ConsolidatedReport.DocxAsync(catalogue, queries, book, book.KeyIndicators, now);
            return Results.File(bytes, ConsolidatedReport.ContentType, ConsolidatedReport.FileName(catalogue, now));
        }).RequireAuthorization(Roles.CanExport);

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
}
