using CCHC.Dashboard.Slicers;
using Microsoft.Extensions.Caching.Memory;

namespace CCHC.Dashboard.Export.Images;

/// <summary>The deck page's previews, each drawn once per chart, selection and warehouse snapshot and then given from
/// memory. One lives as long as the app (see <see cref="ExportEndpoints"/>).</summary>
/// <remarks>
/// The deck page shows fourteen previews; each is a request of its own that reads the catalogue and the chart's data
/// and draws it, and all fourteen arrive while the page's circuit is starting. A published snapshot never changes, so
/// a preview drawn from it stays right for as long as it is the current one (its name is in the key). A warehouse that
/// is a plain file, not a snapshot, can change under the reader, so its previews are drawn every time. Previews not
/// in memory are drawn one at a time: the first one is no later for it, and the other core stays with the pages.
/// </remarks>
public sealed class PreviewCache
{
    /// <summary>Twice the 384×216 the deck page shows a preview at (sharp on a screen of two pixels a point), with the
    /// slide's proportions, so it reads as the slide will.</summary>
    public static readonly ImageSize Size = new(768, 432);

    const long MaxBytes = 64L << 20; // about two thousand previews
    static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    readonly MemoryCache previews = new(new MemoryCacheOptions { SizeLimit = MaxBytes });
    readonly SemaphoreSlim drawing = new(1, 1);

    /// <param name="snapshot">The warehouse snapshot the preview is drawn from; null when it is not a snapshot.</param>
    /// <param name="draw">Draws the preview (PNG), or gives null when there is no such chart.</param>
    public async Task<byte[]?> GetAsync(string? snapshot, string chartId, Selection selection, Func<Task<byte[]?>> draw)
    {
        if (snapshot is null) return await draw();
        var key = (snapshot, chartId, selection.ToQuery());
        if (previews.TryGetValue(key, out byte[]? png)) return png;
        await drawing.WaitAsync();
        try
        {
            if (previews.TryGetValue(key, out png)) return png; // drawn meanwhile, for another page
            png = await draw();
            if (png is not null)
                previews.Set(key, png, new MemoryCacheEntryOptions { Size = png.Length, SlidingExpiration = Unused });
            return png;
        }
        finally
        {
            drawing.Release();
        }
    }
}
