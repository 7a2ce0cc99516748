using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CCHC.Dashboard.Export.Report;

/// <summary>Writes a <see cref="ReportContent"/> as a .docx with the Open XML SDK: an A4 portrait part (title, the
/// changes 2015→2019, the charts) and an A4 landscape part (the appendices, as the workbook prints them, and the
/// sources annex). A sample report says so under the title, in every page's header and under each sample table.</summary>
public static class DocxReport
{
    /// <summary>Two 4:3 charts with their captions fill a portrait page.</summary>
    const double ChartWidthCm = 14.5;

    public static void Write(ReportContent content, Stream stream)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build();
        document.PackageProperties.Title = content.Title;
        document.PackageProperties.Creator = "CCHC Analytics";
        document.PackageProperties.Language = "vi-VN";

        var header = content.IsSample ? main.GetIdOfPart(SampleHeader(main)) : null;
        var footer = main.GetIdOfPart(PageNumberFooter(main));
        var body = new Body();

        body.Append(Styled(DocxStyles.Title, content.Title));
        if (content.IsSample) body.Append(Styled(DocxStyles.Sample, ReportText.SampleBanner));
        foreach (var line in content.Lead) body.Append(Styled(DocxStyles.Note, line));

        body.Append(Styled(DocxStyles.Heading1, $"I. Thay đổi giai đoạn {content.FromYear}–{content.ToYear}"));
        body.Append(Styled(DocxStyles.Note, $"So sánh số liệu của tỉnh năm {content.FromYear} với năm {content.ToYear} (năm đủ cuối cùng{content.PartialText}). " +
            "Tỷ lệ so bằng điểm phần trăm, số lượng bằng mức tăng/giảm và phần trăm so với năm đầu."));
        foreach (var group in content.Changes)
        {
            body.Append(Styled(DocxStyles.Heading2, group.Heading));
            foreach (var sentence in group.Sentences) body.Append(Styled(DocxStyles.Change, "– " + sentence));
        }

        body.Append(Styled(DocxStyles.Heading1, "II. Biểu đồ chính"));
        foreach (var (chart, n) in content.Charts.Select((c, n) => (c, (uint)n + 1)))
        {
            body.Append(Styled(DocxStyles.Caption, chart.Caption));
            body.Append(DocxPicture.Inline(main, chart, n, ChartWidthCm));
        }
        // The portrait part ends here: its section properties ride on the last paragraph of the part.
        body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false, header, footer))));

        body.Append(Styled(DocxStyles.Heading1, "III. Các phụ lục tổng hợp của tỉnh"));
        var first = true;
        foreach (var section in content.Appendices)
        {
            body.Append(Styled(DocxStyles.Heading1, section.Heading, pageBreakBefore: !first));
            first = false;
            if (section.Title is { } title) body.Append(Styled(DocxStyles.Heading2, title));
            foreach (var table in section.Tables) AppendTable(body, table, 20);
        }

        body.Append(Styled(DocxStyles.Heading1, ReportText.SourcesHeading, pageBreakBefore: true));
        body.Append(Styled(DocxStyles.Note, "Mỗi giá trị của các phụ lục trên: cách tính, các đơn vị còn thiếu số liệu, và các ô đã đọc " +
            "(tệp › trang tính › ô), như trang tính \"Nguồn\" của bảng tính tổng hợp."));
        foreach (var section in content.Sources)
        {
            body.Append(Styled(DocxStyles.Heading2, section.Heading));
            foreach (var table in section.Tables) AppendTable(body, table, 16);
        }
        body.Append(Section(landscape: true, header, footer));
        main.Document = new Document(body);
        main.Document.Save();
    }

    static void AppendTable(Body body, ReportTable table, int fontHalfPoints)
    {
        if (table.Caption is { } caption) body.Append(Styled(DocxStyles.Caption, caption));
        body.Append(DocxTables.Build(table, fontHalfPoints));
        if (table.SourceNote.Length > 0) body.Append(Styled(DocxStyles.Note, table.SourceNote));
        else body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText })));
        if (table.IsSample) body.Append(Styled(DocxStyles.Sample, ReportText.SampleNote));
    }

    static Paragraph Styled(string style, string text, bool pageBreakBefore = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (pageBreakBefore) properties.Append(new PageBreakBefore());
        return new Paragraph(properties, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A4 (twips); an administrative text's margins: 2 cm, 3 cm on the binding side.</summary>
    static SectionProperties Section(bool landscape, string? header, string footer)
    {
        var properties = new SectionProperties();
        if (header is not null) properties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = header });
        properties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footer });
        if (landscape)
        {
            properties.Append(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape });
            properties.Append(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
        }
        else
        {
            properties.Append(new PageSize { Width = 11906, Height = 16838 });
            properties.Append(new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
        }
        return properties;
    }

    static HeaderPart SampleHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(Styled(DocxStyles.PageHeader, ReportText.PageHeader));
        return part;
    }

    static FooterPart PageNumberFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text("Trang ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
        return part;
    }
}
