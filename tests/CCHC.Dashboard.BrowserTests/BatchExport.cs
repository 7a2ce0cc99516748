using System.Diagnostics;
using System.IO.Compression;
using CCHC.Dashboard.BrowserTests.Hosting;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>`dotnet run --project dashboard -- export --out DIR`, as the README gives it: the standard charts and the
/// deck for the shipped data, written without a browser, and the process exits.</summary>
[Collection(DashboardCollection.Name)]
public sealed class BatchExport
{
    [Fact]
    public async Task Export_writes_every_standard_chart_as_PNG_and_SVG_and_the_deck_then_exits()
    {
        using var temp = new TempFolder();
        var outDir = temp.File("out");
        var (code, output) = await RunAsync(temp.File("warehouse.duckdb"), "export", "--out", outDir, "--from", "2016", "--units", "540,547");

        Assert.True(code == 0, $"export exited with {code}:\n{output}");
        var pngs = Directory.GetFiles(outDir, "*.png").Order().ToList();
        var svgs = Directory.GetFiles(outDir, "*.svg");
        Assert.True(pngs.Count >= 10, $"{pngs.Count} PNGs:\n{output}");
        Assert.Equal(pngs.Count, svgs.Length);
        Assert.All(pngs, p => Assert.Equal((1920, 1080), Png.Size(File.ReadAllBytes(p))));
        Assert.Contains(pngs, p => p.EndsWith("-trend.png", StringComparison.Ordinal));
        // The selection reached the charts: the trend starts in 2016 and draws the two chosen units.
        var trendSvg = await File.ReadAllTextAsync(svgs.Single(s => s.EndsWith("-trend.svg", StringComparison.Ordinal)));
        Assert.Contains("Quy Nhơn", trendSvg);
        Assert.Contains("Tây Sơn", trendSvg);
        Assert.Contains("2016", trendSvg);

        using var deck = ZipFile.OpenRead(Path.Combine(outDir, "deck.pptx"));
        var slides = deck.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Equal(pngs.Count + 1, slides);
    }

    [Fact]
    public async Task Export_with_a_wrong_size_says_so_and_fails()
    {
        using var temp = new TempFolder();
        var (code, output) = await RunAsync(temp.File("warehouse.duckdb"), "export", "--out", temp.File("out"), "--size", "huge");
        Assert.NotEqual(0, code);
        Assert.Contains("--size", output);
    }

    static async Task<(int Code, string Output)> RunAsync(string warehouse, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoLayout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoLayout.DashboardDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Warehouse__Path"] = warehouse;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout + await stderr);
    }
}
