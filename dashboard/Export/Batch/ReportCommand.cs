using System.CommandLine;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Export.Report;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export.Batch;

/// <summary>`report --out DIR`: the consolidated Word report (<see cref="ConsolidatedReport"/>) without a browser,
/// the same file /xuat/bao-cao-tong-hop.docx serves.</summary>
public static class ReportCommand
{
    public static int Run(string[] args)
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi báo cáo .docx (output folder).", Required = true };
        var command = new RootCommand("Báo cáo tổng hợp số liệu CCHC của tỉnh (.docx): Phụ lục 1–8, IX, biểu đồ chính, thay đổi từ năm đầu đến năm đủ cuối của từng chỉ tiêu.") { output };
        command.SetAction(parse => WriteAsync(parse.GetValue(output)!).GetAwaiter().GetResult());
        return command.Parse(args).Invoke();
    }

    static async Task<int> WriteAsync(string outDir)
    {
        using var services = BatchServices.Open("Report");
        if (services is null) return 1;
        using var scope = services.CreateScope();
        var book = scope.ServiceProvider.GetRequiredService<ChartBook>();
        var queries = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var catalogue = CatalogueLoader.Load(scope.ServiceProvider.GetRequiredService<Hosting.DataPaths>().Catalogue);
        var now = DateTime.Now;
        var bytes = await ConsolidatedReport.DocxAsync(catalogue, queries, book, book.KeyIndicators, now);
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, ConsolidatedReport.FileName(catalogue, now));
        await File.WriteAllBytesAsync(path, bytes);
        Console.WriteLine($"Đã ghi {Path.GetFullPath(path)} ({bytes.Length / 1024} KB)");
        return 0;
    }
}
