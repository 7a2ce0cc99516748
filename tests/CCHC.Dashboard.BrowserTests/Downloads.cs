using System.IO.Compression;
using CCHC.Dashboard.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace CCHC.Dashboard.BrowserTests;

/// <summary>What an analyst preparing the conference slides downloads: a chart card's PNG, its numbers, a deck.</summary>
[Collection(Hosting.DashboardCollection.Name)]
public sealed class Downloads(Hosting.DashboardFixture dashboard)
{
    [Fact]
    public async Task Tai_PNG_on_a_chart_card_downloads_a_1920x1080_image_of_that_chart()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/xu-huong?indicator=PL7.1&units=540,547");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() =>
            tab.Page.Locator("[data-card=trend] [data-export=png]").ClickAsync());

        // The chart, the selection and the time, so repeated downloads do not collide.
        Assert.Matches(@"^cchc-trend_PL7\.1_540-547_\d{4}-\d{2}-\d{2}_\d{4}\.png$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(Png.IsPng(bytes), "not a PNG");
        Assert.Equal((1920, 1080), Png.Size(bytes));
        await tab.AssertHealthyAsync();
    }

    [Fact]
    public async Task The_CSV_of_a_chart_holds_the_selection_and_the_numbers_in_Vietnamese()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh?indicator=PL3.5.2&from=2019&to=2019");
        var card = tab.Page.Locator("[data-card=ranking]");
        await card.Locator("details.more > summary").ClickAsync();

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => card.Locator("[data-export=csv]").ClickAsync());

        var text = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Năm 2019", text);
        Assert.Contains("Tây Sơn", text);
        Assert.Contains("Quy Nhơn", text);
        Assert.Contains("›", text); // every value with its file › sheet › cell
    }

    [Fact]
    public async Task The_CSV_for_Vietnamese_Excel_is_semicolon_separated_with_decimal_commas()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/so-sanh?indicator=PL3.5.2&from=2019&to=2019");
        var card = tab.Page.Locator("[data-card=ranking]");
        await card.Locator("details.more > summary").ClickAsync();

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => card.Locator("[data-export=csv-vi]").ClickAsync());

        Assert.Matches(@"^cchc-ranking_PL3\.5\.2_2019_\d{4}-\d{2}-\d{2}_\d{4}\.csv$", download.SuggestedFilename);
        var lines = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Contains(lines, l => l.StartsWith("Hạng mục;Chuỗi;Giá trị;", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^An Nhơn;[^;]+;98,9\d*;98,9 %;"));
    }

    [Fact]
    public async Task On_the_deck_page_a_tick_box_covers_neither_the_picture_nor_the_title()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/trinh-chieu");

        var overlaps = await tab.Page.Locator("[data-deck-chart]").EvaluateAllAsync<string[]>("""
            items => items.filter(item => {
              const box = item.querySelector('input').getBoundingClientRect();
              const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
              const words = item.querySelector('.deck-title > span').getBoundingClientRect();
              return !apart(box, item.querySelector('img').getBoundingClientRect()) || !apart(box, words);
            }).map(item => item.dataset.deckChart)
            """);
        Assert.True(overlaps.Length == 0, $"tick boxes over pictures or titles: {string.Join(", ", overlaps)}");
    }

    [Fact]
    public async Task The_deck_page_previews_every_standard_chart_and_downloads_one_pptx()
    {
        await using var tab = await dashboard.OpenTabAsync();
        await tab.GoToAsync("/trinh-chieu?units=547");
        await tab.AssertHealthyAsync();

        // The indicator list shows the indicator the charts draw, not an empty box, when the URL names none.
        Assert.Equal("PL3.5.2", await tab.Page.Locator("select[data-slicer=indicator]").InputValueAsync());

        var items = tab.Page.Locator("[data-deck-chart]");
        var count = await items.CountAsync();
        Assert.True(count >= 10, $"the standard set has {count} charts");
        // The previews are the slide pictures themselves, rendered by the server.
        var first = items.First.Locator("img");
        await first.ScrollIntoViewIfNeededAsync();
        await Expect(first).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await first.EvaluateAsync<int>("i => i.naturalWidth") > 0, "the first preview did not load");

        await items.Nth(1).Locator("input").UncheckAsync();
        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator("[data-export=pptx]").ClickAsync());

        using var zip = ZipFile.OpenRead(await download.PathAsync());
        var slides = zip.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Equal(1 + count - 1, slides); // title slide + every chart but the unticked one
        // The title slide names the selection in words: the unit's name, never its code.
        using var title = new StreamReader(zip.GetEntry("ppt/slides/slide1.xml")!.Open());
        var xml = await title.ReadToEndAsync();
        Assert.Contains("Tây Sơn", xml);
        Assert.DoesNotContain(">547", xml);
    }
}
