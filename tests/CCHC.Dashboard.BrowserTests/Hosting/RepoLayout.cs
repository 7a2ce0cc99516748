namespace CCHC.Dashboard.BrowserTests.Hosting;

/// <summary>Where the repository and the dashboard's build are, found from this test assembly's own folder
/// (tests/CCHC.Dashboard.BrowserTests/bin/&lt;Configuration&gt;/net10.0), so Debug and Release runs both work.</summary>
public static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in; the ProjectReference built the dashboard in the same.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string DashboardDll => Path.Combine(Root, "dashboard", "bin", Configuration, "net10.0", "CCHC.Dashboard.dll");

    /// <summary>Full-page screenshots for humans to look at; nothing compares them.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CCHC.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No CCHC.Analytics.sln above {AppContext.BaseDirectory}");
    }
}
