using System.Reflection;
using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

/// <summary>docs/WAREHOUSE.md lists every question the dashboard asks with its SQL file, and every SQL file is asked.</summary>
public sealed class QueryDocsTests
{
    private static readonly string Section = ReadSection();

    public static TheoryData<string> Methods => [.. typeof(DashboardQueries)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(method => method.Name)];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_query_method_is_documented(string method) => Assert.Contains($"| `{method}(", Section);

    [Fact]
    public void Every_query_file_is_documented_and_named_in_the_code()
    {
        var files = SqlResource.Folder("Queries");
        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.Contains($"| `{file}` |", Section);
        Assert.Equal(files.Count, Methods.Count);
    }

    private static string ReadSection()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CCHC.Analytics.sln"))) folder = folder.Parent;
        var doc = File.ReadAllText(Path.Combine(folder!.FullName, "docs", "WAREHOUSE.md"));
        var start = doc.IndexOf("## Queries the dashboard runs", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/WAREHOUSE.md has no section 'Queries the dashboard runs'");
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? doc[start..] : doc[start..end];
    }
}
