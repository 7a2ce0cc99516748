using CCHC.Etl.Templates;
using CCHC.Etl.Tests.Builders;
using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Templates;

/// <summary>A template filled in by a clerk, as clerks type, loads with the right values: the round trip the
/// template exists for.</summary>
public class FilledTemplateTests
{
    [Fact]
    public void A_filled_template_loads_with_the_values_typed_into_it()
    {
        using var dir = new TempDirectory();
        var path = TemplateWorkbooks.Write(Interpret.Catalogue, dir.Path).Single(p => p.Contains("TaySon"));
        using (var wb = new XLWorkbook(path))
        {
            var pl3 = wb.Worksheets.Single(ws => ws.CellsUsed().Any(c => c.GetString() == "PHỤ LỤC 3"));
            var row = pl3.CellsUsed().First(c => c.GetString() == "Số lượng TTHC cấp huyện").Address.RowNumber;
            var col2019 = pl3.CellsUsed().First(c => c.GetString().StartsWith("Năm 2019") || c.GetString() == "Năm\n2019").Address.ColumnNumber;
            pl3.Cell(row, col2019).SetValue("1.234");
            pl3.Cell(row, col2019 + 1).Value = 310;
            var rate = pl3.CellsUsed().First(c => c.GetString().StartsWith("Tỷ lệ hồ sơ TTHC cấp huyện")).Address.RowNumber;
            pl3.Cell(rate, col2019).SetValue("98,7 %");
            wb.Save();
        }

        var result = Interpret.File(path);

        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("PL3", "547"), (s.AppendixCode, s.UnitCode));
        Assert.Empty(s.RowRejects);
        Assert.Equal(1234, s.Fact("PL3.1.2", 2019).Value);
        Assert.Equal(310, s.Fact("PL3.1.2", 2020).Value);
        Assert.True(s.Fact("PL3.1.2", 2020).IsPartialYear);
        Assert.Equal(98.7, s.Fact("PL3.5.2", 2019).Value, 6);
    }
}
