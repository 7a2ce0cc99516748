using System.CommandLine;
using CCHC.Etl.Consolidation;
using CCHC.Etl.Reference;
using CCHC.Warehouse;
using CCHC.Warehouse.Queries;

namespace CCHC.Etl.Cli;

/// <summary>`consolidate --out DIR`: the province's Phụ lục 1–8 filled from the warehouse, as Sở Nội vụ sends them up.</summary>
static class ConsolidateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi (output folder).", Required = true };
        var warehouse = new Option<string>("--warehouse")
        {
            Description = "Kho dữ liệu (warehouse file).", DefaultValueFactory = _ => Path.Combine("data", "warehouse.duckdb"),
        };
        var catalogue = CommonOptions.Catalogue();
        var command = new Command("consolidate",
            "Tổng hợp phụ lục 1–8 của tỉnh từ kho dữ liệu, kèm nguồn của từng giá trị (the province's consolidated appendices).")
        { output, warehouse, catalogue };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(warehouse)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"Lỗi: không có kho dữ liệu '{path}'; hãy chạy 'load' trước (no warehouse).");
                return 1;
            }
            var cat = CatalogueLoader.Load(parse.GetValue(catalogue));
            using var reader = new WarehouseReader(Path.GetFullPath(path));
            var values = await ConsolidatedValues.ReadAsync(cat, new DashboardQueries(reader));
            var dir = parse.GetValue(output)!;
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, ConsolidatedWorkbook.FileName(cat));
            ConsolidatedWorkbook.Write(cat, values, file);
            var filled = values.Figures.Count(f => f.Value is not null);
            var partial = values.Figures.Count(f => f.Value is not null && f.Missing.Count > 0);
            Console.WriteLine($"Đã ghi {Path.GetFullPath(file)}: {filled} giá trị chỉ tiêu của tỉnh, {partial} giá trị thiếu số liệu của một số đơn vị " +
                $"(ghi chú ở ô), nguồn từng giá trị ở trang \"{ConsolidatedWorkbook.SourcesSheet}\"{(values.IsSample ? "; DỮ LIỆU MẪU" : "")}.");
            return 0;
        });
        return command;
    }
}
