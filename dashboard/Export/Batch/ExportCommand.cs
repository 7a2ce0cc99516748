using System.CommandLine;
using System.Diagnostics;
using CCHC.Dashboard.Charts.Book;
using CCHC.Dashboard.Export.Images;
using CCHC.Dashboard.Pages;
using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Export.Batch;

/// <summary>`export --out DIR`: the standard set of charts as PNG and SVG, and deck.pptx, without a browser.
/// The same services as the web app (warehouse built on first use, the same chart book), then exit.</summary>
public static class ExportCommand
{
    public static int Run(string[] args)
    {
        var output = new Option<string>("--out") { Description = "Thư mục ghi ảnh và bộ trình chiếu (output folder).", Required = true };
        var from = new Option<int?>("--from") { Description = "Từ năm (trong các năm của báo cáo, vd. 2016)." };
        var to = new Option<int?>("--to") { Description = "Đến năm (trong các năm của báo cáo, vd. 2019)." };
        var units = new Option<string?>("--units") { Description = "Mã đơn vị, cách nhau bằng dấu phẩy (vd. 540,547)." };
        var area = new Option<string?>("--area") { Description = "Mã lĩnh vực cải cách (vd. TTHC)." };
        var indicator = new Option<string?>("--indicator") { Description = "Mã chỉ tiêu cho biểu đồ xu hướng và so sánh (vd. PL3.5.2)." };
        var noQ1 = new Option<bool>("--no-q1") { Description = "Bỏ cột năm chưa trọn (năm 2020 chỉ tính đến 31/3)." };
        var size = new Option<string?>("--size") { Description = "Kích thước ảnh PNG: 4k hoặc RỘNGxCAO (mặc định 1920x1080)." };
        var command = new RootCommand("Xuất bộ biểu đồ chuẩn (PNG, SVG) và deck.pptx cho hội nghị (batch export of the standard charts).")
        {
            output, from, to, units, area, indicator, noQ1, size,
        };
        command.SetAction(parse =>
        {
            if (ExportEndpoints.ParseSize(parse.GetValue(size)) is not { } imageSize)
            {
                Console.Error.WriteLine("--size: dùng 4k hoặc RỘNGxCAO, từ 640x360 đến 7680x4320.");
                return 1;
            }
            var query = new List<string>();
            if (parse.GetValue(from) is { } f) query.Add($"from={f}");
            if (parse.GetValue(to) is { } t) query.Add($"to={t}");
            if (parse.GetValue(units) is { } u) query.Add("units=" + Uri.EscapeDataString(u));
            if (parse.GetValue(area) is { } a) query.Add("area=" + Uri.EscapeDataString(a));
            if (parse.GetValue(indicator) is { } i) query.Add("indicator=" + Uri.EscapeDataString(i));
            if (parse.GetValue(noQ1)) query.Add("q1=0");
            var selection = Selection.FromQuery("?" + string.Join("&", query));
            return WriteAsync(parse.GetValue(output)!, selection, imageSize).GetAwaiter().GetResult();
        });
        return command.Parse(args).Invoke();
    }

    static async Task<int> WriteAsync(string outDir, Selection selection, ImageSize size)
    {
        using var services = BatchServices.Open("Export");
        if (services is null) return 1;
        using var scope = services.CreateScope();
        var book = scope.ServiceProvider.GetRequiredService<ChartBook>();
        var exporter = scope.ServiceProvider.GetRequiredService<ChartExporter>();
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        var ids = await book.StandardSetAsync();
        var written = 0;
        foreach (var (id, n) in ids.Select((id, n) => (id, n + 1)))
        {
            foreach (var format in new[] { ExportFormat.Png, ExportFormat.Svg })
            {
                if (await exporter.ChartAsync(id, format, selection, size) is not { } file) continue;
                var path = Path.Combine(outDir, $"{n:00}-{file.FileName.Replace("cchc-", "")}");
                await File.WriteAllBytesAsync(path, file.Content);
                written++;
            }
            Console.WriteLine($"  {n:00} {id}");
        }
        var deck = await exporter.DeckAsync(ids, selection, await book.DeckSubtitleAsync(selection));
        await File.WriteAllBytesAsync(Path.Combine(outDir, "deck.pptx"), deck.Content);
        Console.WriteLine($"Đã ghi {written} ảnh ({size.Width}×{size.Height}) và deck.pptx ({ids.Count} trang biểu đồ) vào {Path.GetFullPath(outDir)} trong {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
