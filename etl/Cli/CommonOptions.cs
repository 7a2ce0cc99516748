using System.CommandLine;

namespace CCHC.Etl.Cli;

static class CommonOptions
{
    public static Option<string?> Catalogue() => new("--catalogue")
    {
        Description = "Thư mục danh mục (catalogue CSVs); mặc định: bản đi kèm chương trình, lấy từ data/catalogue.",
    };
}
