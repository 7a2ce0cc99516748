using CCHC.Dashboard.BrowserTests.Hosting;

namespace CCHC.Benchmarks.Harness;

/// <summary>Where the repository, its data and its builds are (<see cref="RepoLayout"/>, shared with the browser
/// tests: found from this program's own folder, builds of the configuration it was built in).</summary>
static class Repo
{
    public static string Root => RepoLayout.Root;

    public static string Workbooks => Path.Combine(Root, "data", "workbooks");

    /// <summary>Generated data kept between runs (git-ignored): the national set takes a minute to write.</summary>
    public static string Cache => Path.Combine(Root, "out", "benchmarks");

    /// <summary>The ETL as a user runs it; this project's build builds it, in the same configuration.</summary>
    public static string EtlDll => Path.Combine(Root, "etl", "Cli", "bin", RepoLayout.Configuration, "net10.0", "CCHC.Etl.Cli.dll");

    public static string Source(params string[] parts) => Path.Combine([Root, "tests", "CCHC.Benchmarks", .. parts]);
}
