using CCHC.Etl.Reference;

namespace CCHC.Dashboard.Hosting;

/// <summary>Where the warehouse and the workbooks are. Relative paths are read from the current folder (the README
/// runs from the repository root); when the data folder is not there (an IDE starts in dashboard/ or bin/), from
/// the nearest folder above the binaries that has it. Accounts and uploads live beside them in the data folder.
/// The catalogue (<c>Warehouse:Catalogue</c>) is the one shipped beside the binaries unless told otherwise: another
/// province's catalogue folder makes the dashboard that province's.</summary>
public sealed record DataPaths(string Warehouse, string Workbooks, string Users, string Uploads)
{
    /// <summary>The catalogue folder (data/catalogue's CSVs) the warehouse is built and uploads are read with.</summary>
    public string Catalogue { get; init; } = CatalogueLoader.DefaultDirectory;

    public static DataPaths From(IConfiguration configuration)
    {
        var warehouse = configuration["Warehouse:Path"] ?? "data/warehouse.duckdb";
        var workbooks = configuration["Warehouse:Workbooks"] ?? "data/workbooks";
        var users = configuration["Accounts:Path"] ?? "data/users.json";
        var uploads = configuration["Uploads:Path"] ?? "data/uploads";
        var root = Path.IsPathRooted(workbooks) || Directory.Exists(workbooks) ? "" : FindRoot(workbooks);
        string Full(string relative) => Path.GetFullPath(Path.Combine(root, relative));
        return new DataPaths(Full(warehouse), Full(workbooks), Full(users), Full(uploads))
        {
            Catalogue = configuration["Warehouse:Catalogue"] is { Length: > 0 } catalogue ? Full(catalogue) : CatalogueLoader.DefaultDirectory,
        };
    }

    static string FindRoot(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, relative))) return dir.FullName;
        return "";
    }
}
