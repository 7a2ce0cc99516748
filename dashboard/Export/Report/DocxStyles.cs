using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Dashboard.Export.Report;

/// <summary>The report's styles, as an administrative report is typed: Times New Roman 13 pt, headings bold, tables
/// 10 pt. Named styles rather than direct formatting, so the text keeps its look when pasted into the Báo cáo tổng
/// kết and takes the receiving document's look when pasted as text.</summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Caption = "Caption";
    public const string TableText = "BangSoLieu";
    public const string Note = "GhiChu";
    public const string Sample = "DuLieuMau";
    public const string Change = "ThayDoi";
    public const string PageHeader = "DauTrang";

    public const string SampleColor = "C00000";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph(Title, "Title", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "240" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
        Paragraph(Heading1, "heading 1", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
        Paragraph(Heading2, "heading 2", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" },
                new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new Italic())),
        Paragraph(Caption, "caption", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
        Paragraph(TableText, "Bảng số liệu", new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })),
        Paragraph(Note, "Ghi chú", new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "200" }),
            new StyleRunProperties(new Italic(), new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })),
        Paragraph(Sample, "Dữ liệu mẫu", new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new Color { Val = SampleColor })),
        Paragraph(PageHeader, "Đầu trang", new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new Color { Val = SampleColor }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph(Change, "Thay đổi", new ParagraphProperties(new SpacingBetweenLines { After = "80" },
                new Indentation { Left = "360", Hanging = "360" }),
            null));

    static Style Paragraph(string id, string name, ParagraphProperties? paragraph, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault) style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true))));
        if (run is not null) style.Append(run);
        return style;
    }
}
