using System.CommandLine;
using CCHC.Etl.Cli;

// Thin host: each command lives in Cli/, the work in its capability folder.
var root = new RootCommand("CCHC Analytics ETL: nạp phụ lục CCHC vào kho dữ liệu DuckDB (load CCHC appendix workbooks into DuckDB).")
{
    LoadCommand.Create(),
    SampleCommand.Create(),
    TemplateCommand.Create(),
    ConsolidateCommand.Create(),
};
return root.Parse(args).Invoke();
