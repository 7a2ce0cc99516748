using CCHC.Etl.Loading;

namespace CCHC.Etl.Cli;

static class LoadSummaryPrinter
{
    public static void Print(LoadRun run, string warehouse, TimeSpan elapsed)
    {
        var loaded = run.Files.Count(f => f.Status is "loaded" or "superseded");
        Console.WriteLine();
        Console.WriteLine($"Tổng kết ({elapsed.TotalSeconds:0.0} s):");
        Console.WriteLine($"  Tệp: {run.Files.Count} ({loaded} nạp mới, {run.Files.Count(f => f.Status == "unchanged")} không đổi, {run.Rejected} bị từ chối)");
        Console.WriteLine($"  Giá trị chỉ tiêu (facts): {run.Files.Sum(f => f.IndicatorFacts)}; mục tiêu (targets): {run.Files.Sum(f => f.TargetFacts)}; " +
                          $"số lượng tổ chức: {run.Files.Sum(f => f.OrgCountFacts)}");
        Console.WriteLine($"  Ô/dòng bị từ chối (row rejects): {run.RowRejects}; phụ lục bị thay thế (superseded): " +
                          $"{run.Files.Sum(f => f.SupersededSubmissions + f.SupersededByNewer)}");
        if (run.Skipped.Count > 0)
            Console.WriteLine($"  Bỏ qua {run.Skipped.Count} tệp không phải bảng tính hay văn bản phụ lục (not a report, not read): {string.Join(", ", run.Skipped)}");
        var w = run.Warehouse;
        Console.WriteLine($"  Kho dữ liệu (warehouse): {w.FilesLoaded} tệp đã nạp, {w.FilesRejected} tệp bị từ chối; {w.Units} đơn vị, " +
                          $"{w.Appendices} phụ lục, năm {w.FirstYear}–{w.LastYear}; {w.IndicatorFacts} giá trị chỉ tiêu, {w.TargetFacts} đánh giá mục tiêu, " +
                          $"{w.OrgCountFacts} số lượng tổ chức; {w.Rejects} lý do từ chối; {w.SupersededSubmissions} phụ lục bị thay thế.");
        if (run.CatalogueChanged) Console.WriteLine("  Danh mục đã được cập nhật vào kho (catalogue synced).");
        if (run.ExitCode != 0) Console.WriteLine("  Xem lý do trong view v_load_reject (see v_load_reject for reasons).");
    }
}
