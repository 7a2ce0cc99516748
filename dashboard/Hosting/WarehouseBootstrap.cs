using CCHC.Etl.Loading;
using CCHC.Etl.Reference;

namespace CCHC.Dashboard.Hosting;

/// <summary>On first start there is no warehouse yet: build it from the shipped workbooks with the ETL's loader,
/// so `dotnet run --project dashboard` on a fresh clone just works.</summary>
public static class WarehouseBootstrap
{
    public static void EnsureBuilt(DataPaths paths, ILogger logger)
    {
        if (File.Exists(paths.Warehouse)) return;
        // An empty warehouse would show empty charts as if nobody had reported; better no warehouse and a clear page.
        if (!Directory.Exists(paths.Workbooks) || SourceFiles.In(paths.Workbooks).Count == 0)
        {
            logger.LogWarning("Chưa có kho dữ liệu {Warehouse} và không có bảng tính phụ lục nào trong {Workbooks}", paths.Warehouse, paths.Workbooks);
            return;
        }
        logger.LogInformation("Đang tạo kho dữ liệu {Warehouse} từ {Workbooks} …", paths.Warehouse, paths.Workbooks);
        try
        {
            var run = new FolderLoader(CatalogueLoader.Load(paths.Catalogue)).Load(paths.Workbooks, paths.Warehouse);
            logger.LogInformation("Đã nạp {Files} tệp: {Facts} giá trị chỉ tiêu, {Targets} đánh giá mục tiêu, {Rejected} tệp bị từ chối",
                run.Files.Count, run.Warehouse.IndicatorFacts, run.Warehouse.TargetFacts, run.Rejected);
        }
        catch (Exception e)
        {
            // The dashboard still starts and says what is wrong on every page, instead of not starting at all.
            logger.LogError(e, "Không tạo được kho dữ liệu {Warehouse}", paths.Warehouse);
        }
    }
}
