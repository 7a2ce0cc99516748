using System.CommandLine;
using System.Diagnostics;
using CCHC.Etl.Loading;
using CCHC.Etl.Reference;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Cli;

/// <summary>`load [--input DIR] [--warehouse FILE]`: exit 0 when every file loaded, 2 when some were rejected
/// (the rest loaded), 1 on a fatal error.</summary>
static class LoadCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Thư mục phụ lục (input folder).", DefaultValueFactory = _ => "data/workbooks" };
        var warehouse = new Option<string>("--warehouse") { Description = "Tệp kho DuckDB (warehouse file).", DefaultValueFactory = _ => "data/warehouse.duckdb" };
        var catalogue = CommonOptions.Catalogue();
        var command = new Command("load", "Nạp các bảng tính phụ lục vào kho dữ liệu (load workbooks into the warehouse).") { input, warehouse, catalogue };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(warehouse)!, parse.GetValue(catalogue)));
        return command;
    }

    static int Run(string input, string warehouse, string? catalogueDir)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var catalogue = CatalogueLoader.Load(catalogueDir);
            var total = SourceFiles.In(input).Count;
            Console.WriteLine($"Nạp {total} tệp từ {Path.GetFullPath(input)} vào {Path.GetFullPath(warehouse)}");
            var done = 0;
            var progress = new SyncProgress<FileLoadOutcome>(o => Console.WriteLine($"  [{++done}/{total}] {Describe(o)}"));
            var run = new FolderLoader(catalogue, progress).Load(input, warehouse);
            LoadSummaryPrinter.Print(run, warehouse, clock.Elapsed);
            return run.ExitCode;
        }
        catch (Exception e) when (e is CatalogueException or DirectoryNotFoundException or IOException or UnauthorizedAccessException
                                       or DuckDB.NET.Data.DuckDBException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Lỗi: {e.Message}");
            return 1;
        }
    }

    static string Describe(FileLoadOutcome o) => o.Status switch
    {
        "rejected" => $"✗ {o.FileName}: bị từ chối (rejected), xem v_load_reject",
        "unchanged" => $"= {o.FileName}: đã nạp trước đó, không đổi (unchanged)",
        _ => $"✓ {o.FileName}: {o.IndicatorFacts + o.TargetFacts + o.OrgCountFacts} giá trị" +
             (o.Rejects > 0 ? $", {o.Rejects} ô/dòng lỗi" : "") +
             (o.SupersededSubmissions > 0 ? $", thay thế {o.SupersededSubmissions} bản cũ" : "") +
             (o.SupersededByNewer > 0 ? $", {o.SupersededByNewer} phụ lục cũ hơn bản đã có (superseded)" : ""),
    };

    /// <summary>Reports on the calling thread, so lines come out in order (Progress&lt;T&gt; posts to the pool).</summary>
    sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
