using System.CommandLine;
using CCHC.Etl.Reference;
using CCHC.Etl.Samples;

namespace CCHC.Etl.Cli;

/// <summary>`sample [--out DIR] [--scale national]`: writes the deterministic sample submissions (marked "DỮ LIỆU MẪU")
/// and the workbook transcribed from the real Phụ lục IX; national scale (for benchmarks) writes 700 units' workbooks
/// under DIR/workbooks and the catalogue that knows them under DIR/catalogue.</summary>
static class SampleCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi (output folder).", DefaultValueFactory = _ => "data/workbooks" };
        var catalogue = CommonOptions.Catalogue();
        var scale = new Option<string>("--scale")
        {
            Description = "province: bộ mẫu của tỉnh (mặc định); national: 700 đơn vị cấp huyện cả nước, để đo hiệu năng (benchmarks).",
            DefaultValueFactory = _ => "province",
        };
        scale.AcceptOnlyFromAmong("province", "national");
        var command = new Command("sample", "Tạo bộ dữ liệu mẫu và bản chép Phụ lục IX thật (write sample workbooks and the real Phụ lục IX).") { output, catalogue, scale };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            var national = parse.GetValue(scale) == "national";
            // 700 units' files in the shipped data folder would become the dashboard's data on its next start.
            if (national && parse.GetResult(output) is null or { Implicit: true })
            {
                Console.Error.WriteLine("--scale national cần --out THƯ_MỤC riêng, không ghi vào data/workbooks (needs its own --out folder).");
                return 1;
            }
            Directory.CreateDirectory(dir);
            var written = national
                ? NationalSampleWorkbooks.Write(parse.GetValue(catalogue) ?? CatalogueLoader.DefaultDirectory, dir).ToList()
                : SampleWorkbooks.Write(CatalogueLoader.Load(parse.GetValue(catalogue)), dir).ToList();
            if (national) dir = Path.Combine(dir, NationalSampleWorkbooks.WorkbookFolder);
            var ix = Path.Combine(dir, AppendixIxTranscript.FileName);
            AppendixIxTranscript.Write(Path.Combine(AppContext.BaseDirectory, "sources", "phu_luc_ix_2025.tsv"), ix);
            written.Add(ix);
            Console.WriteLine($"Đã ghi {written.Count} tệp vào {Path.GetFullPath(dir)}");
            if (national)
                Console.WriteLine($"Nạp với (load with): load --input {dir} --catalogue {Path.Combine(parse.GetValue(output)!, NationalSampleWorkbooks.CatalogueFolder)}");
            return 0;
        });
        return command;
    }
}
