namespace CCHC.Benchmarks.Harness;

/// <summary>Where the repository, its data and its Release builds are, found from this program's own folder.</summary>
static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Workbooks => Path.Combine(Root, "data", "workbooks");

    /// <summary>Generated data kept between runs (git-ignored): the national set takes a minute to write.</summary>
    public static string Cache => Path.Combine(Root, "out", "benchmarks");

    /// <summary>The ETL and dashboard as a user runs them; this project's Release build builds both.</summary>
    public static string EtlDll => Path.Combine(Root, "etl", "bin", "Release", "net10.0", "CCHC.Etl.dll");

    public static string DashboardDll => Path.Combine(Root, "dashboard", "bin", "Release", "net10.0", "CCHC.Dashboard.dll");

    public static string Source(params string[] parts) => Path.Combine([Root, "tests", "CCHC.Benchmarks", .. parts]);

    static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CCHC.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository (no CCHC.Analytics.sln above this folder).");
    }
}
