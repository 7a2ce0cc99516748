namespace CCHC.Etl.Tests.Builders;

/// <summary>Paths inside this repository (tests never read from outside it).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Workbooks => Path.Combine(Root, "data", "workbooks");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CCHC.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
