using System.Diagnostics;
using CCHC.Benchmarks.Data;
using CCHC.Benchmarks.Harness;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export;
using CCHC.Dashboard.Export.Deck;
using CCHC.Dashboard.Export.Images;
using CCHC.Dashboard.Hosting;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CCHC.Benchmarks.Export;

/// <summary>The export as the dashboard does it, on the province warehouse: the standard charts (the chart book's
/// real specs) as PNG 1920×1080 and SVG, and a 20-slide deck (specs built, pictures drawn, .pptx written).</summary>
static class ExportSuite
{
    const string DeckUnit = "547"; // Tây Sơn: its profile's trends fill the deck to 20 charts

    public static async Task RunAsync(Report report, BenchData data)
    {
        var figures = report.Begin("Export");
        var queries = new DashboardQueries(new WarehouseReader(data.ProvinceWarehouse));
        var book = NewBook(queries);
        var ids = await book.StandardSetAsync();
        var specs = new List<ChartSpec>();
        foreach (var id in ids) specs.Add((await book.BuildAsync(id, Selection.Default))!);
        var rounds = data.Quick ? 2 : 10;
        Console.WriteLine($"  · {specs.Count} standard charts × {rounds} as PNG and SVG …");

        foreach (var spec in specs) { ChartRenderer.Png(spec, ImageSize.FullHd); ChartRenderer.Svg(spec, ImageSize.FullHd); } // warm
        var (png, slowestPng, pngBytes) = Render(specs, rounds, s => ChartRenderer.Png(s, ImageSize.FullHd).LongLength);
        figures.Add(new($"PNG 1920×1080, {specs.Count} standard charts × {rounds}",
            $"p50 {Show.Ms(png.P50)} · p95 {Show.Ms(png.P95)}",
            $"slowest: {slowestPng}; {Show.Count(pngBytes / specs.Count / 1024)} KiB a chart", Target.Below(150, "ms", "p95"), png.P95));
        var (svg, slowestSvg, svgBytes) = Render(specs, rounds, s => ChartRenderer.Svg(s, ImageSize.FullHd).Length);
        figures.Add(new($"SVG 1920×1080, {specs.Count} standard charts × {rounds}",
            $"p50 {Show.Ms(svg.P50)} · p95 {Show.Ms(svg.P95)}",
            $"slowest: {slowestSvg}; {Show.Count(svgBytes / specs.Count / 1024)} KiB a chart (font embedded)"));

        // The deck page's 20 charts: the standard set, then the unit profile's trends of one unit.
        var deckRuns = data.Quick ? 1 : 5;
        Console.WriteLine($"  · a 20-slide deck × {deckRuns} …");
        await DeckAsync(book, ids, 20); // warm
        var decks = new List<DeckTiming>();
        for (var i = 0; i < deckRuns; i++) decks.Add(await DeckAsync(NewBook(queries), ids, 20));
        var deck = decks.OrderBy(d => d.Total).ElementAt(decks.Count / 2);
        figures.Add(new($"20-slide deck: {deck.Slides} specs built, pictures 1920×900, .pptx written",
            $"{Show.Ms(deck.Total.TotalMilliseconds)} (specs {Show.Ms(deck.Specs.TotalMilliseconds)} · pictures {Show.Ms(deck.Pictures.TotalMilliseconds)} · pptx {Show.Ms(deck.Pptx.TotalMilliseconds)})",
            $"median of {deckRuns}, one thread as the endpoint; {Show.MiB(deck.Bytes)}", Target.Below(3000, "ms"), deck.Total.TotalMilliseconds));
        report.End();
    }

    /// <summary>A chart book with its own reference data, as each browser session gets, and the shipped key indicators.</summary>
    static ChartBook NewBook(DashboardQueries queries)
    {
        var options = new DashboardOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(Repo.Root, "dashboard", "appsettings.json")).Build()
            .GetSection("Dashboard").Bind(options);
        return new ChartBook(queries, new ReferenceData(queries), Options.Create(options));
    }

    static (Timings All, string Slowest, long Bytes) Render(IReadOnlyList<ChartSpec> specs, int rounds, Func<ChartSpec, long> render)
    {
        var all = new Timings();
        var perChart = specs.ToDictionary(s => s.Id, _ => new Timings());
        long bytes = 0;
        for (var r = 0; r < rounds; r++)
            foreach (var spec in specs)
            {
                var clock = Stopwatch.StartNew();
                var size = render(spec);
                all.Add(clock.Elapsed);
                perChart[spec.Id].Add(clock.Elapsed);
                if (r == 0) bytes += size;
            }
        var slowest = perChart.MaxBy(p => p.Value.P50);
        return (all, $"{slowest.Key} p50 {Show.Ms(slowest.Value.P50)}", bytes);
    }

    sealed record DeckTiming(int Slides, TimeSpan Specs, TimeSpan Pictures, TimeSpan Pptx, long Bytes)
    {
        public TimeSpan Total => Specs + Pictures + Pptx;
    }

    // What ChartExporter.DeckAsync does, step by step, so each step can be timed; two selections because a unit
    // profile's trend exists only for a selection of one unit.
    static async Task<DeckTiming> DeckAsync(ChartBook book, IReadOnlyList<string> standard, int slides)
    {
        var clock = Stopwatch.StartNew();
        var specs = new List<ChartSpec>();
        foreach (var id in standard) specs.Add((await book.BuildAsync(id, Selection.Default))!);
        var unit = Selection.Default with { Units = [DeckUnit] };
        foreach (var code in book.KeyIndicators.Take(slides - specs.Count))
            specs.Add((await book.BuildAsync(ChartBook.UnitTrendId(code), unit))!);
        var built = clock.Elapsed;

        clock.Restart();
        var pictures = specs.Select(spec => new DeckSlide(spec.Title, ChartRenderer.Png(spec, ChartExporter.DeckPicture, withTitle: false),
            ChartExporter.DeckPicture.Width, ChartExporter.DeckPicture.Height,
            string.Join("\n", new[] { spec.Subtitle, "Lọc theo: " + spec.FilterText, spec.SourceLine }.Where(s => !string.IsNullOrWhiteSpace(s))),
            spec.IsSample)).ToList();
        var drawn = clock.Elapsed;

        clock.Restart();
        using var stream = new MemoryStream();
        PptxDeck.Write(new DeckContent("Tổng kết cải cách hành chính tỉnh Bình Định", "Toàn bộ số liệu", $"Xuất ngày {DateTime.Now:dd/MM/yyyy}",
            pictures, pictures.Any(p => p.IsSample)), stream);
        return new DeckTiming(specs.Count, built, drawn, clock.Elapsed, stream.Length);
    }
}
