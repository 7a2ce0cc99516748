namespace CCHC.Dashboard.Hosting;

/// <summary>Where the warehouse and the workbooks are. Relative paths are read from the current folder (the README
/// runs from the repository root); when the data folder is not there (an IDE starts in dashboard/ or bin/), from
/// the nearest folder above the binaries that has it.</summary>
public sealed record DataPaths(string Warehouse, string Workbooks)
{
    public static DataPaths From(IConfiguration configuration)
    {
        var warehouse = configuration["Warehouse:Path"] ?? "data/warehouse.duckdb";
        var workbooks = configuration["Warehouse:Workbooks"] ?? "data/workbooks";
        var root = Path.IsPathRooted(workbooks) || Directory.Exists(workbooks) ? "" : FindRoot(workbooks);
        return new DataPaths(Path.GetFullPath(Path.Combine(root, warehouse)), Path.GetFullPath(Path.Combine(root, workbooks)));
    }

    static string FindRoot(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, relative))) return dir.FullName;
        return "";
    }
}
