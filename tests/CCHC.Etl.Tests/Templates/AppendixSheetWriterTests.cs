using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Templates;

public sealed class AppendixSheetWriterTests
{
    static readonly Catalogue Tiny = TinyCatalogue.Build();
    static readonly Unit TaySon = Tiny.Units[1];

    static IXLWorksheet Write(string appendix, SheetStyle style, AppendixValues? values = null, string? marker = null)
    {
        var heading = ReportHeading.For(Tiny, TaySon, null, new ReportDocument(45, new DateOnly(2020, 4, 15)));
        var workbook = new XLWorkbook();
        return AppendixSheetWriter.Write(workbook, Tiny,
            new AppendixSheet("PL", Tiny.Appendices.Single(a => a.Code == appendix), heading, "district", style, values ?? AppendixValues.None, marker));
    }

    static IXLCell Find(IXLWorksheet ws, string text) => ws.CellsUsed().First(c => c.GetString() == text);

    static AppendixValues OnTimeRate(double points) => new()
    {
        Indicators = new Dictionary<(string, int), double> { [("PL3.5.2", 2019)] = points, [("PL3.1.2", 2019)] = 1834 },
    };

    [Fact]
    public void Sheet_carries_issuer_marker_title_attachment_and_date_lines()
    {
        var ws = Write("PL3", new SheetStyle(), marker: "DỮ LIỆU MẪU – không phải số liệu chính thức");
        Assert.Equal("UBND HUYỆN TÂY SƠN", ws.Cell("A1").GetString());
        Assert.Equal("DỮ LIỆU MẪU – không phải số liệu chính thức", ws.Cell("A3").GetString());
        Assert.Equal("PHỤ LỤC 3", ws.Cell("A5").GetString());
        Assert.True(ws.Cell("A5").IsMerged());
        Assert.Equal("Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính", ws.Cell("A6").GetString());
        Assert.Equal("(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 của UBND huyện Tây Sơn)", ws.Cell("A7").GetString());
        Assert.Equal("Tây Sơn, ngày 15 tháng 4 năm 2020", ws.LastRowUsed().Cell(2).GetString());
    }

    [Fact]
    public void One_row_header_reads_STT_label_and_years_with_a_partial_2020()
    {
        var ws = Write("PL3", new SheetStyle());
        var header = Find(ws, "STT").WorksheetRow();
        Assert.Equal(["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020 (Tính đến 31/3)"],
            header.Cells(1, 8).Select(c => c.GetString()));
    }

    [Fact]
    public void Two_row_header_merges_Nam_over_bare_years()
    {
        var ws = Write("PL3", new SheetStyle { YearHeader = YearHeader.TwoRows, NoteColumn = true });
        var stt = Find(ws, "STT");
        var nam = ws.Cell(stt.Address.RowNumber, 3);
        Assert.Equal("Năm", nam.GetString());
        Assert.Equal("C9:H9", nam.MergedRange().RangeAddress.ToString());
        Assert.Equal("2015", ws.Cell(stt.Address.RowNumber + 1, 3).GetString());
        Assert.Equal("2020 (Tính đến 31/3)", ws.Cell(stt.Address.RowNumber + 1, 8).GetString());
        Assert.Equal("Ghi chú", ws.Cell(stt.Address.RowNumber, 9).GetString());
    }

    [Fact]
    public void Header_is_repeated_at_a_page_break_only_when_it_is_one_row()
    {
        var repeated = Write("PL3", new SheetStyle { YearHeader = YearHeader.LineBreaks, RepeatHeaderAfter = 2 });
        Assert.Equal(2, repeated.CellsUsed().Count(c => c.GetString() == "STT"));
        Assert.Equal("Năm\n2020\n(Tính đến 31/3)", repeated.CellsUsed().First(c => c.GetString().StartsWith("Năm\n2020")).GetString());
        Assert.Single(repeated.PageSetup.RowBreaks);

        var twoRows = Write("PL3", new SheetStyle { YearHeader = YearHeader.TwoRows, RepeatHeaderAfter = 2 });
        Assert.Equal(1, twoRows.CellsUsed().Count(c => c.GetString() == "STT"));
    }

    [Fact]
    public void STT_keeps_its_printed_form()
    {
        var ws = Write("PL3", new SheetStyle());
        var dotted = ws.CellsUsed().First(c => c.GetString() == "1.");
        Assert.Equal(XLDataType.Text, dotted.DataType);
        var bare = ws.Cell(Find(ws, "Có tổ chức đối thoại (Có = 1; Không = 0)").Address.RowNumber, 1);
        Assert.Equal(XLDataType.Number, bare.DataType);
        Assert.Equal(7, bare.GetDouble());
    }

    [Fact]
    public void Title_uses_roman_numerals_for_clerks_who_do()
    {
        Assert.Equal("PHỤ LỤC III", Write("PL3", new SheetStyle { Numerals = TitleNumerals.Roman }).Cell("A5").GetString());
    }

    [Theory]
    [InlineData(PercentText.Points, 98.7, "0.0")]
    [InlineData(PercentText.FractionFormatted, 0.987, "0.0%")]
    [InlineData(PercentText.TextWithComma, "98,7%", null)]
    [InlineData(PercentText.TextWithCommaAndSpace, "98,7 %", null)]
    public void Percent_is_written_as_the_clerk_types_it(PercentText style, object expected, string? format)
    {
        var ws = Write("PL3", new SheetStyle { Percents = style }, OnTimeRate(98.7));
        var cell = ws.Cell(Find(ws, "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn").Address.RowNumber, 7);
        if (expected is string text)
        {
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(text, cell.GetString());
        }
        else
        {
            Assert.Equal((double)expected, cell.GetDouble(), 6);
            Assert.Equal(format, cell.Style.NumberFormat.Format);
        }
    }

    [Fact]
    public void Count_typed_as_text_uses_the_vietnamese_thousands_dot()
    {
        var ws = Write("PL3", new SheetStyle { Counts = CountText.TextWithThousandsDot }, OnTimeRate(98.7));
        var cell = ws.Cell(Find(ws, "Số lượng TTHC cấp huyện").Address.RowNumber, 7);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal("1.834", cell.GetString());
    }

    [Fact]
    public void Value_not_reported_stays_an_empty_cell_never_zero()
    {
        var ws = Write("PL3", new SheetStyle(), OnTimeRate(98.7));
        var row = Find(ws, "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn").Address.RowNumber;
        Assert.True(ws.Cell(row, 6).IsEmpty()); // 2018: not in the values
    }

    [Fact]
    public void Labels_carry_the_clerks_spacing_habits()
    {
        var doubled = Write("PL3", new SheetStyle { Labels = LabelText.DoubledSpaces });
        Assert.Contains(doubled.CellsUsed(), c => c.GetString() == "Số  lượng TTHC  cấp huyện");
        var wrapped = Write("PL3", new SheetStyle { Labels = LabelText.Wrapped });
        Assert.Contains(wrapped.CellsUsed(), c => c.GetString() == "Tỷ lệ hồ sơ TTHC cấp\nhuyện giải quyết đúng hẹn");
    }

    [Fact]
    public void Phu_luc_4_section_III_puts_the_sector_over_its_owner_columns()
    {
        var values = new AppendixValues { OrgCounts = new Dictionary<(string, string), double> { [("PL4.III.YTE.UBNDHUYEN", "2011-2020")] = 1 } };
        var ws = Write("PL4", new SheetStyle(), values);
        var sector = Find(ws, "Sự nghiệp y tế");
        Assert.Equal(2, sector.MergedRange().ColumnCount());
        Assert.Equal("Thuộc UBND cấp huyện", ws.Cell(sector.Address.RowNumber + 1, 4).GetString());
        var late = ws.CellsUsed().Last(c => c.GetString() == "Giai đoạn 2011-2020 (Tính đến 12/2019)").Address.RowNumber;
        Assert.Equal(1, ws.Cell(late, 4).GetDouble());
        Assert.Equal("Tây Sơn", ws.Cell(late - 1, 1).GetString());
    }

    [Fact]
    public void Phu_luc_8_writes_a_verdict_per_target_and_keeps_the_date_line_out_of_the_table()
    {
        var values = new AppendixValues { Verdicts = new Dictionary<string, bool> { ["MT2020.1"] = true, ["MT2020.2"] = false } };
        var ws = Write("PL8", new SheetStyle(), values);
        Assert.Equal("Đánh giá kết quả đạt được (Đạt/Không đạt)", Find(ws, "STT").CellRight(2).GetString());
        Assert.Equal("Đạt", Find(ws, "1.").CellRight(2).GetString());
        Assert.Equal("Không đạt", Find(ws, "2.").CellRight(2).GetString());
        Assert.Equal(4, Find(ws, "Tây Sơn, ngày 15 tháng 4 năm 2020").Address.ColumnNumber);
    }
}
