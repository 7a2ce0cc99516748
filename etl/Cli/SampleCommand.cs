using System.CommandLine;
using CCHC.Etl.Reference;
using CCHC.Etl.Samples;

namespace CCHC.Etl.Cli;

/// <summary>`sample [--out DIR]`: writes the deterministic sample submissions (marked "DỮ LIỆU MẪU") and the
/// workbook transcribed from the real Phụ lục IX.</summary>
static class SampleCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi (output folder).", DefaultValueFactory = _ => "data/workbooks" };
        var catalogue = CommonOptions.Catalogue();
        var command = new Command("sample", "Tạo bộ dữ liệu mẫu và bản chép Phụ lục IX thật (write sample workbooks and the real Phụ lục IX).") { output, catalogue };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            Directory.CreateDirectory(dir);
            var written = SampleWorkbooks.Write(CatalogueLoader.Load(parse.GetValue(catalogue)), dir).ToList();
            var ix = Path.Combine(dir, AppendixIxTranscript.FileName);
            AppendixIxTranscript.Write(Path.Combine(AppContext.BaseDirectory, "sources", "phu_luc_ix_2025.tsv"), ix);
            written.Add(ix);
            Console.WriteLine($"Đã ghi {written.Count} tệp vào {Path.GetFullPath(dir)}");
            return 0;
        });
        return command;
    }
}
