using CCHC.Dashboard.Export.Deck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace CCHC.Dashboard.Tests.Export;

public class PptxDeckTests
{
    const string SourceLine =
        "Nguồn: phụ lục thống kê của các đơn vị; năm 2020 tính đến 31/3; Dữ liệu mẫu – không phải số liệu chính thức";

    static readonly DeckSlide[] Charts =
    [
        new("Tỷ lệ hồ sơ giải quyết đúng hạn theo đơn vị, 2020–2024", Png(192, 90, SKColors.SteelBlue), 192, 90, SourceLine),
        new("Số thủ tục hành chính được cắt giảm, đơn giản hóa", Png(160, 90, SKColors.Orange), 160, 90, "Nguồn: Sở Tư pháp", IsSample: true),
        new("Mức độ hài lòng của người dân và doanh nghiệp", Png(90, 90, SKColors.SeaGreen), 90, 90, "Nguồn: khảo sát SIPAS"),
    ];

    static DeckContent Content(IReadOnlyList<DeckSlide>? slides = null, bool isSample = false) =>
        new("Báo cáo cải cách hành chính tỉnh", "Giai đoạn 2020–2024", "Hà Nội, tháng 6 năm 2025", slides ?? Charts, isSample);

    [Fact]
    public void Deck_has_a_title_slide_then_one_slide_per_chart()
    {
        using var doc = Open(Content());

        Assert.Equal(1 + Charts.Length, SlideParts(doc).Count);
    }

    [Fact]
    public void Slides_are_16_by_9_widescreen()
    {
        using var doc = Open(Content());

        var size = doc.PresentationPart!.Presentation.SlideSize!;
        Assert.Equal((12192000, 6858000), (size.Cx!.Value, size.Cy!.Value));
    }

    [Fact]
    public void Title_slide_holds_title_subtitle_and_date_line()
    {
        using var doc = Open(Content());

        var text = TextOf(SlideParts(doc)[0].Slide);
        Assert.Contains("Báo cáo cải cách hành chính tỉnh", text);
        Assert.Contains("Giai đoạn 2020–2024", text);
        Assert.Contains("Hà Nội, tháng 6 năm 2025", text);
        Assert.Equal("Báo cáo cải cách hành chính tỉnh", TextOf(Placeholder(SlideParts(doc)[0], P.PlaceholderValues.CenteredTitle)));
    }

    [Fact]
    public void Chart_slide_title_is_text_in_the_title_placeholder_with_diacritics_intact()
    {
        using var doc = Open(Content());

        var titles = SlideParts(doc).Skip(1).Select(s => TextOf(Placeholder(s, P.PlaceholderValues.Title)));
        Assert.Equal(Charts.Select(c => c.Title), titles);
    }

    [Fact]
    public void Long_chart_title_is_set_smaller_so_it_stays_within_two_lines()
    {
        const string longTitle = "Số thủ tục hành chính được cắt giảm, đơn giản hóa và tỷ lệ hồ sơ trực tuyến toàn trình "
            + "của các sở, ban, ngành và UBND cấp huyện";
        using var doc = Open(Content([Charts[0], Charts[0] with { Title = longTitle }]));

        var sizes = SlideParts(doc).Skip(1)
            .Select(s => Placeholder(s, P.PlaceholderValues.Title).Descendants<A.RunProperties>().First().FontSize!.Value).ToList();
        Assert.Equal(2800, sizes[0]);
        Assert.InRange(sizes[1], 2000, 2600);
    }

    [Fact]
    public void Chart_slide_holds_exactly_one_picture_of_the_given_png_with_the_title_as_alt_text()
    {
        using var doc = Open(Content());

        foreach (var (part, chart) in SlideParts(doc).Skip(1).Zip(Charts))
        {
            var picture = Assert.Single(part.Slide.Descendants<P.Picture>());
            var image = (ImagePart)part.GetPartById(picture.BlipFill!.Blip!.Embed!.Value!);
            Assert.Equal("image/png", image.ContentType);
            Assert.Equal(chart.Png, Bytes(image));
            Assert.Equal(chart.Title, picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        }
    }

    [Fact]
    public void Picture_keeps_its_aspect_ratio_below_the_title_band_and_centred()
    {
        using var doc = Open(Content());

        foreach (var (part, chart) in SlideParts(doc).Skip(1).Zip(Charts))
        {
            var xfrm = part.Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!;
            long x = xfrm.Offset!.X!, y = xfrm.Offset.Y!, cx = xfrm.Extents!.Cx!, cy = xfrm.Extents.Cy!;
            Assert.Equal((double)chart.PixelWidth / chart.PixelHeight, (double)cx / cy, precision: 3);
            Assert.InRange(y, 914400, 6858000 - cy);
            Assert.InRange(Math.Abs(x + cx / 2 - 12192000 / 2), 0, 1);
        }
    }

    [Fact]
    public void Chart_slide_notes_hold_the_source_line()
    {
        using var doc = Open(Content());

        foreach (var (part, chart) in SlideParts(doc).Skip(1).Zip(Charts))
            Assert.Contains(chart.Notes, TextOf(part.NotesSlidePart!.NotesSlide));
    }

    [Fact]
    public void Sample_deck_warns_on_the_title_slide_and_tags_only_sample_slides()
    {
        using var doc = Open(Content(isSample: true));

        var slides = SlideParts(doc);
        Assert.Contains("DỮ LIỆU MẪU – không phải số liệu chính thức", TextOf(slides[0].Slide));
        Assert.Equal(
            Charts.Select(c => c.IsSample),
            slides.Skip(1).Select(s => s.Slide.Descendants<P.Shape>().Any(shape => TextOf(shape) == "Dữ liệu mẫu")));
    }

    [Fact]
    public void Official_deck_has_no_sample_warning()
    {
        using var doc = Open(Content(Charts.Select(c => c with { IsSample = false }).ToList()));

        Assert.DoesNotContain(SlideParts(doc), s => TextOf(s.Slide).Contains("mẫu", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Runs_are_marked_as_Vietnamese()
    {
        using var doc = Open(Content());

        var runs = SlideParts(doc).SelectMany(s => s.Slide.Descendants<A.Run>()).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal("vi-VN", r.RunProperties!.Language!.Value));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Deck_passes_the_Office_2016_schema_validator(bool isSample)
    {
        using var doc = Open(Content(isSample: isSample));

        Assert.Empty(Errors(doc));
    }

    [Fact]
    public void Formula_and_markup_like_text_is_written_as_literal_text()
    {
        var chart = Charts[0] with { Title = "=SUM(A1:A3)", Notes = "<script>alert('x')</script> & =HYPERLINK(\"x\")" };
        var content = Content([chart]) with { Subtitle = "=1+1", DateLine = "<b>2025</b>" };

        using var doc = Open(content);

        var slides = SlideParts(doc);
        Assert.Equal("=SUM(A1:A3)", TextOf(Placeholder(slides[1], P.PlaceholderValues.Title)));
        Assert.Equal(chart.Notes, TextOf(slides[1].NotesSlidePart!.NotesSlide).Split('\n').Last());
        Assert.Contains("=1+1", TextOf(slides[0].Slide));
        Assert.Contains("<b>2025</b>", TextOf(slides[0].Slide));
        Assert.DoesNotContain("<script>", slides[1].NotesSlidePart!.NotesSlide.OuterXml);
        Assert.Empty(Errors(doc));
    }

    [Fact]
    public void Control_characters_and_line_breaks_in_text_still_give_a_valid_deck()
    {
        var chart = Charts[0] with { Title = "Tỷ lệ\vđúng hạn\u0001", Notes = "Dòng 1\r\nDòng 2" };

        using var doc = Open(Content([chart]));

        var slide = SlideParts(doc)[1];
        Assert.Equal("Tỷ lệ\nđúng hạn", TextOf(Placeholder(slide, P.PlaceholderValues.Title)));
        Assert.Contains("Dòng 1\nDòng 2", TextOf(slide.NotesSlidePart!.NotesSlide));
        Assert.Empty(Errors(doc));
    }

    [Fact]
    public void Empty_slide_list_gives_a_valid_deck_with_only_the_title_slide()
    {
        using var doc = Open(Content([]));

        Assert.Single(SlideParts(doc));
        Assert.Empty(Errors(doc));
    }

    [Fact]
    public void Same_content_gives_the_same_parts()
    {
        static Dictionary<string, string> Parts(DeckContent content)
        {
            using var doc = Open(content);
            return doc.GetAllParts().ToDictionary(p => p.Uri.ToString(), p => Convert.ToBase64String(Bytes(p)));
        }

        Assert.Equal(Parts(Content(isSample: true)), Parts(Content(isSample: true)));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var sink = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(sink))
            PptxDeck.Write(Content(), forwardOnly);

        sink.Position = 0;
        using var doc = PresentationDocument.Open(sink, false);
        Assert.Equal(1 + Charts.Length, SlideParts(doc).Count);
    }

    [Fact]
    public void Picture_that_is_not_a_png_is_refused()
    {
        var jpegish = Charts[0] with { Png = [0xFF, 0xD8, 0xFF, 0xE0] };

        Assert.Throws<ArgumentException>(() => PptxDeck.Write(Content([jpegish]), Stream.Null));
    }

    static PresentationDocument Open(DeckContent content)
    {
        var stream = new MemoryStream();
        PptxDeck.Write(content, stream);
        stream.Position = 0;
        return PresentationDocument.Open(stream, false);
    }

    static List<SlidePart> SlideParts(PresentationDocument doc)
    {
        var part = doc.PresentationPart!;
        return part.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)part.GetPartById(id.RelationshipId!.Value!)).ToList();
    }

    static P.Shape Placeholder(SlidePart slide, P.PlaceholderValues type) =>
        slide.Slide.Descendants<P.Shape>().Single(s =>
            s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == type);

    static string TextOf(OpenXmlElement element) =>
        string.Join("\n", element.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text))));

    static List<string> Errors(PresentationDocument doc) =>
        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    static byte[] Bytes(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    static byte[] Png(int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Like an HTTP response body: written once, front to back.</summary>
    sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
