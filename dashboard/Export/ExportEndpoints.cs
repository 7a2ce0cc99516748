using CCHC.Dashboard.Accounts;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Export.Images;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;
using CCHC.Warehouse.Queries;

namespace CCHC.Dashboard.Export;

/// <summary>Downloads: /xuat/{png|svg|csv|xlsx}/{chart id}?{selection}[&amp;size=4k], /xuat/bang/{csv|xlsx}/{table id}?{selection}
/// and /xuat/pptx?charts=a,b&amp;{selection}; and the deck page's previews, /xuat/xem-truoc/{chart id}?{selection}.
/// The selection is the page's own URL query, so a download is the chart as the user sees it.</summary>
public static class ExportEndpoints
{
    public static void MapExport(this IEndpointRouteBuilder root)
    {
        // Exports are the analysts' (and the steward's): checked here, not only by hiding the buttons.
        // One at a time per spare core, the rest in line: see ExportThrottle (the limit is applied by RequestLimits).
        var app = root.MapGroup("").RequireAuthorization(Roles.CanExport);
        app.MapGet("/xuat/pptx", async (HttpContext http, ChartBook book, ChartExporter exporter, ReferenceData reference, TimeProvider clock) =>
        {
            var selection = await reference.WithinAsync(Selection.FromQuery(http.Request.QueryString.Value));
            var asked = http.Request.Query["charts"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var ids = asked.Length > 0 ? asked.Take(60).ToList() : await book.StandardSetAsync();
            var file = await exporter.DeckAsync(ids, selection, await book.DeckSubtitleAsync(selection));
            return Results.File(file.Content, file.ContentType, DownloadName.For(file.FileName, selection, Now(clock)));
        });

        // The deck page's previews: the chart as its slide shows it, small, for the page itself rather than a download.
        var previews = new PreviewCache();
        app.MapGet("/xuat/xem-truoc/{id}", async (string id, HttpContext http, ChartExporter exporter, ReferenceData reference, WarehouseReader reader) =>
        {
            var selection = await reference.WithinAsync(Selection.FromQuery(http.Request.QueryString.Value));
            var snapshot = reader.CurrentSnapshot is { } current && current != reader.Path ? current : null;
            var png = await previews.GetAsync(snapshot, id, selection,
                async () => (await exporter.ChartAsync(id, ExportFormat.Png, selection, PreviewCache.Size))?.Content);
            return png is null ? Results.NotFound($"Không có biểu đồ “{id}” cho lựa chọn này.") : Results.File(png, "image/png");
        });

        app.MapGet("/xuat/bang/{format}/{id}", async (string format, string id, HttpContext http, ChartExporter exporter, ReferenceData reference, TimeProvider clock) =>
        {
            var selection = await reference.WithinAsync(Selection.FromQuery(http.Request.QueryString.Value));
            var file = Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var kind) && !format.Any(char.IsDigit)
                ? await exporter.TableAsync(id, kind, selection, ForVietnameseExcel(http))
                : null;
            return file is null
                ? Results.NotFound($"Không có bảng “{id}” ở định dạng “{format}” (có: csv, xlsx).")
                : Results.File(file.Content, file.ContentType, DownloadName.For(file.FileName, selection, Now(clock)));
        });

        app.MapGet("/xuat/{format}/{id}", async (string format, string id, HttpContext http, ChartExporter exporter, ReferenceData reference, TimeProvider clock) =>
        {
            if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var kind) || format.Any(char.IsDigit))
                return Results.NotFound($"Không có định dạng xuất “{format}” (có: png, svg, csv, xlsx, pptx).");
            if (ParseSize(http.Request.Query["size"].ToString()) is not { } size)
                return Results.BadRequest("Kích thước ảnh không hợp lệ: dùng size=4k hoặc size=RỘNGxCAO (từ 640×360 đến 7680×4320).");
            var selection = await reference.WithinAsync(Selection.FromQuery(http.Request.QueryString.Value));
            var file = await exporter.ChartAsync(id, kind, selection, size, ForVietnameseExcel(http));
            return file is null
                ? Results.NotFound($"Không có biểu đồ “{id}” cho lựa chọn này.")
                : Results.File(file.Content, file.ContentType, DownloadName.For(file.FileName, selection, Now(clock)));
        });
    }

    /// <summary>csv=vi: semicolons and decimal commas, for Excel on a Vietnamese system.</summary>
    static bool ForVietnameseExcel(HttpContext http) => http.Request.Query["csv"].ToString() == "vi";

    static DateTime Now(TimeProvider clock) => clock.GetLocalNow().DateTime;

    /// <summary>Empty: 1920×1080; "4k": 3840×2160; "WxH" within sensible bounds; anything else: null.</summary>
    public static ImageSize? ParseSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ImageSize.FullHd;
        if (text.Equals("4k", StringComparison.OrdinalIgnoreCase)) return ImageSize.UltraHd;
        var parts = text.Split('x', 'X');
        return parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h)
            && w is >= 640 and <= 7680 && h is >= 360 and <= 4320
            ? new ImageSize(w, h)
            : null;
    }
}
