using System.CommandLine;
using CCHC.Etl.Reference;
using CCHC.Etl.Templates;

namespace CCHC.Etl.Cli;

/// <summary>`template --out DIR`: blank appendix workbooks, one per unit, ready to send to districts.</summary>
static class TemplateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi (output folder).", Required = true };
        var catalogue = CommonOptions.Catalogue();
        var command = new Command("template", "Tạo biểu mẫu phụ lục trống cho từng đơn vị (write blank templates, one per unit).") { output, catalogue };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            Directory.CreateDirectory(dir);
            var written = TemplateWorkbooks.Write(CatalogueLoader.Load(parse.GetValue(catalogue)), dir);
            Console.WriteLine($"Đã ghi {written.Count} biểu mẫu vào {Path.GetFullPath(dir)}");
            return 0;
        });
        return command;
    }
}
