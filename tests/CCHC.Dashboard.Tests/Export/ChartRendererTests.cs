using System.Buffers.Binary;
using System.Xml.Linq;
using CCHC.Dashboard.Charts.Model;
using CCHC.Dashboard.Export.Images;
using SkiaSharp;

namespace CCHC.Dashboard.Tests.Export;

public class ChartRendererTests
{
    const string Title = "Tỷ lệ hồ sơ giải quyết đúng hạn";
    static readonly string[] Units = ["Quy Nhơn", "An Lão", "Hoài Nhơn", "Hoài Ân", "Phù Mỹ", "Vĩnh Thạnh", "Tây Sơn", "Phù Cát", "An Nhơn", "Tuy Phước", "Vân Canh"];
    static readonly string[] UnitCodes = ["540", "542", "543", "544", "545", "546", "547", "548", "549", "550", "551"];
    static readonly string[] Years = ["2015", "2016", "2017", "2018", "2019", "2020"];

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    [InlineData(1920, 900)]
    public void Png_has_the_requested_size_and_is_not_blank(int width, int height)
    {
        var png = ChartRenderer.Png(Trend(), new ImageSize(width, height));

        Assert.Equal((width, height), PngSize(png));
        AssertDrawn(png);
    }

    [Fact]
    public void Image_sizes_are_full_hd_by_default_and_4k_is_twice_the_scale()
    {
        Assert.Equal(new ImageSize(1920, 1080), ImageSize.FullHd);
        Assert.Equal(ImageSize.FullHd, ImageSize.Default);
        Assert.Equal(new ImageSize(3840, 2160), ImageSize.UltraHd);
        Assert.Equal(1.0, ImageSize.FullHd.Scale);
        Assert.Equal(2.0, ImageSize.UltraHd.Scale);
    }

    [Fact]
    public void Svg_keeps_the_Vietnamese_title_as_text_with_its_diacritics()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Trend() with { Title = Title }, ImageSize.FullHd));

        Assert.Contains(Title, texts);
    }

    [Fact]
    public void A_long_title_wraps_instead_of_being_cut()
    {
        const string longTitle = "Kết quả giải quyết hồ sơ TTHC: Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)";

        var words = string.Join(" ", SvgTexts(ChartRenderer.Svg(Trend() with { Title = longTitle }, ImageSize.FullHd)));

        Assert.Contains("Kết quả giải quyết hồ sơ TTHC", words);
        Assert.Contains("(đã tiếp nhận/đã trả đúng hạn)", words);
    }

    [Fact]
    public void Year_ticks_are_plain_integers()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Trend(), ImageSize.FullHd));

        Assert.All(Years, year => Assert.Contains(year, texts));
        Assert.DoesNotContain(texts, t => t.Contains("2,015") || t.Contains("2.015") || t.Contains("2.020"));
    }

    [Fact]
    public void Percent_ticks_and_values_are_written_the_vi_VN_way()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Ranking(), ImageSize.FullHd));

        Assert.Contains("0 %", texts);
        Assert.Contains("100 %", texts);
        Assert.Contains("98,7 %", texts);
    }

    [Fact]
    public void A_unit_that_did_not_report_keeps_its_place_and_says_so()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Ranking(), ImageSize.FullHd));

        Assert.Contains("Vĩnh Thạnh", texts);
        Assert.Contains("không báo cáo", texts);
    }

    [Fact]
    public void The_partial_year_is_marked_as_first_quarter_only()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Trend(), ImageSize.FullHd));

        Assert.Contains("Q1/2020 (tính đến 31/3)", texts);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_chart_kind_renders(ChartKind kind)
    {
        var spec = Of(kind);

        AssertDrawn(ChartRenderer.Png(spec, ImageSize.FullHd));
        Assert.Contains(spec.Title, SvgTexts(ChartRenderer.Svg(spec, ImageSize.FullHd)));
    }

    public static TheoryData<ChartKind> EveryKind() => new(Enum.GetValues<ChartKind>());

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void An_all_null_spec_says_there_is_no_data_instead_of_throwing(ChartKind kind)
    {
        var spec = Of(kind);
        var empty = spec with { Series = spec.Series.Select(s => s with { Points = s.Points.Select(p => p with { Value = null }).ToList() }).ToList() };

        var texts = SvgTexts(ChartRenderer.Svg(empty, ImageSize.FullHd));

        Assert.Contains("Không có dữ liệu cho lựa chọn này", texts);
        Assert.Contains(spec.Title, texts);
        AssertDrawn(ChartRenderer.Png(empty, ImageSize.FullHd), minColors: 2);
    }

    [Fact]
    public void A_sample_spec_is_labelled_sample_even_when_its_source_line_is_not()
    {
        var spec = Trend() with { IsSample = true, SourceLine = "Nguồn: phụ lục thống kê của các đơn vị" };

        var text = string.Join(" ", SvgTexts(ChartRenderer.Svg(spec, ImageSize.FullHd)));

        Assert.Contains("Dữ liệu mẫu", text);
        Assert.Contains("DỮ LIỆU MẪU", text);
    }

    [Fact]
    public void A_slide_picture_leaves_the_sample_tag_to_the_slide_but_keeps_it_in_the_source_line()
    {
        var spec = Trend() with { IsSample = true, SourceLine = "Nguồn: phụ lục thống kê của các đơn vị" };

        var text = string.Join(" ", SvgTexts(ChartRenderer.Svg(spec, ImageSize.FullHd, withTitle: false)));

        Assert.DoesNotContain("DỮ LIỆU MẪU", text);
        Assert.Contains("Dữ liệu mẫu", text);
    }

    [Fact]
    public void Real_data_carries_no_sample_tag()
    {
        var text = string.Join(" ", SvgTexts(ChartRenderer.Svg(Trend() with { IsSample = false }, ImageSize.FullHd)));

        Assert.DoesNotContain("DỮ LIỆU MẪU", text);
        Assert.DoesNotContain("Dữ liệu mẫu", text);
    }

    [Fact]
    public void Without_title_the_image_keeps_subtitle_legend_and_source()
    {
        var spec = Trend() with { Title = Title };

        var texts = SvgTexts(ChartRenderer.Svg(spec, new ImageSize(1920, 900), withTitle: false));

        Assert.DoesNotContain(Title, texts);
        Assert.Contains(spec.Subtitle, texts);
        Assert.Contains("Quy Nhơn", texts);
        Assert.Contains(spec.SourceLine, texts);
    }

    [Fact]
    public void Heatmap_cells_show_the_real_value_and_a_dash_where_nobody_reported()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Heatmap(), ImageSize.FullHd));

        Assert.Contains("1.234", texts);
        Assert.Contains("98,7 %", texts);
        Assert.Contains(ViNumber.Missing, texts);
        Assert.Contains("Không báo cáo", texts);
    }

    [Fact]
    public void Donut_writes_the_total_in_the_middle()
    {
        var texts = SvgTexts(ChartRenderer.Svg(Donut(), ImageSize.FullHd));

        Assert.Contains("157", texts);
        Assert.Contains("123", texts);
        Assert.Contains("(78,3 %)", texts);
    }

    [Fact]
    public void Svg_embeds_the_slide_font()
    {
        var svg = ChartRenderer.Svg(Trend(), ImageSize.FullHd);

        Assert.Contains("@font-face", svg);
        Assert.Contains("font-family=\"Be Vietnam Pro\"", svg);
    }

    [Fact]
    public void Renders_run_in_parallel()
    {
        var pngs = new byte[8][];

        Parallel.For(0, pngs.Length, i => pngs[i] = ChartRenderer.Png(Of(Enum.GetValues<ChartKind>()[i % 6]), ImageSize.FullHd));

        Assert.All(pngs, png => Assert.Equal((1920, 1080), PngSize(png)));
    }

    [Fact]
    public void A_missing_font_file_fails_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("no-fonts-").FullName;
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => SlideFonts.Register(folder));

            Assert.Contains(SlideFonts.RegularFile, error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // ----- reading the output -----

    static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Something is drawn: colours beyond the white background, on more than a sliver of the image.</summary>
    static void AssertDrawn(byte[] png, int minColors = 8)
    {
        using var bitmap = SKBitmap.Decode(png);
        var colors = new HashSet<uint>();
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var c = bitmap.GetPixel(x, y);
                colors.Add((uint)c);
                if (c.Red < 230 || c.Green < 230 || c.Blue < 230) inked++;
            }
        }
        Assert.True(colors.Count >= minColors, $"only {colors.Count} colours");
        Assert.True(inked > 500, $"only {inked} sampled pixels not white");
    }

    /// <summary>The text of every &lt;text&gt; element: what a reader reads, as text (Skia indents it; SVG drops that).</summary>
    static List<string> SvgTexts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    // ----- specs like the dashboard's -----

    static ChartSpec Of(ChartKind kind) => kind switch
    {
        ChartKind.Line => Trend(),
        ChartKind.Bar => Completeness(),
        ChartKind.HorizontalBar => Ranking(),
        ChartKind.StackedBar => Stacked(),
        ChartKind.Heatmap => Heatmap(),
        ChartKind.Donut => Donut(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Eleven units and their average over 2015–2020, 2020 partial, one unit silent in 2017.</summary>
    static ChartSpec Trend()
    {
        var series = new List<ChartSeries>
        {
            new("Trung bình các huyện, thị xã, thành phố", Years.Select((y, i) => new ChartPoint(y, 88 + i, IsPartial: y == "2020")).ToList(),
                Key: "district-aggregate", Color: "#333333"),
        };
        series.AddRange(Units.Select((unit, u) => new ChartSeries(unit, Years.Select((y, i) =>
            new ChartPoint(y, u == 3 && y == "2017" ? null : 80 + u + i * 1.5, IsPartial: y == "2020")).ToList(), Key: UnitCodes[u])));
        return new ChartSpec("trend", "Kết quả giải quyết hồ sơ TTHC: " + Title, "Cải cách thủ tục hành chính · Phụ lục 4 · tỷ lệ % · 2015–2020",
            ChartKind.Line, Years, series, ValueFormat.Percent, "Nguồn: phụ lục thống kê của các đơn vị; năm 2020 tính đến 31/3",
            "Tất cả đơn vị", IsSample: false, PartialCategory: "2020", XAxisTitle: "Năm", YAxisTitle: "tỷ lệ %")
            { Years = Tests.Charts.Specs.ShippedYears };
    }

    /// <summary>Units ranked on one indicator; Vĩnh Thạnh did not report and comes last.</summary>
    static ChartSpec Ranking()
    {
        var ranked = Units.Select((u, i) => (Unit: u, Code: UnitCodes[i], Value: u == "Vĩnh Thạnh" ? (double?)null : 98.7 - i * 3))
            .OrderBy(x => x.Value is null).ThenByDescending(x => x.Value).ToList();
        var series = new ChartSeries("Tỷ lệ hồ sơ giải quyết đúng hạn",
            ranked.Select(x => new ChartPoint(x.Unit, x.Value, Label: x.Value is null ? "không báo cáo" : null)).ToList(), Key: "PL4.1");
        return new ChartSpec("ranking", "Xếp hạng đơn vị: " + Title, "năm 2019 · tỷ lệ %", ChartKind.HorizontalBar,
            ranked.Select(x => x.Unit).ToList(), [series], ValueFormat.Percent, "Nguồn: phụ lục thống kê của các đơn vị", "Năm 2019",
            IsSample: false, CategoryKeys: ranked.Select(x => x.Code).ToList());
    }

    /// <summary>Units × six indicators: colour from the standing, text the real value, one cell unreported.</summary>
    static ChartSpec Heatmap()
    {
        string[] codes = ["4.1.1", "4.1.2", "4.2.1", "4.2.2", "4.3.1", "4.3.2"];
        var series = Units.Select((unit, r) => new ChartSeries(unit, codes.Select((code, c) =>
            r == 2 && c == 1 ? new ChartPoint(code, null, Label: "không báo cáo")
            : new ChartPoint(code, (r * 10 + c * 7) % 101, Label: c % 2 == 0 ? "1.234" : "98,7 %")).ToList(), Key: UnitCodes[r])).ToList();
        return new ChartSpec("heatmap", "Bản đồ nhiệt: đơn vị × chỉ tiêu", "năm 2019 · màu: thứ hạng trong từng chỉ tiêu", ChartKind.Heatmap,
            codes, series, ValueFormat.Number, "Nguồn: phụ lục thống kê của các đơn vị", "Năm 2019", IsSample: false,
            XAxisTitle: "Chỉ tiêu (mã trong danh mục)", CategoryKeys: codes);
    }

    static ChartSpec Stacked()
    {
        string[] areas = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức"];
        return new ChartSpec("targets-area", "Đạt / không đạt theo lĩnh vực", "Tất cả đơn vị cấp huyện", ChartKind.StackedBar, areas,
            [
                new ChartSeries("Đạt", areas.Select((a, i) => new ChartPoint(a, 10 + i)).ToList(), Color: Palette.Achieved),
                new ChartSeries("Không đạt", areas.Select((a, i) => new ChartPoint(a, 3 + i)).ToList(), Color: Palette.Missed),
            ],
            ValueFormat.Count, "Nguồn: Phụ lục 8 của các đơn vị", "Tất cả đơn vị", IsSample: false);
    }

    static ChartSpec Donut() => new("targets-share", "Mục tiêu giai đoạn 2011–2025 (Phụ lục IX)", "Toàn tỉnh", ChartKind.Donut,
        ["Đạt", "Không đạt"], [new ChartSeries("Số mục tiêu", [new ChartPoint("Đạt", 123), new ChartPoint("Không đạt", 34)])],
        ValueFormat.Count, "Nguồn: Phụ lục IX, Báo cáo năm 2025 của UBND tỉnh", "Toàn tỉnh", IsSample: false);

    static ChartSpec Completeness()
    {
        var points = Enumerable.Range(1, 8).Select(i => new ChartPoint($"Phụ lục {i}", 100 - i * 4.5)).ToList();
        return new ChartSpec("completeness", "Mức đầy đủ của báo cáo theo phụ lục", "Tỷ lệ ô đơn vị × năm có số liệu · 2015–2020",
            ChartKind.Bar, points.Select(p => p.Category).ToList(), [new ChartSeries("Đã báo cáo", points, Color: Palette.Achieved)],
            ValueFormat.Percent, "Nguồn: nhật ký nạp dữ liệu của kho (v_completeness)", "", IsSample: false);
    }
}
