using CCHC.Dashboard.Charts;
using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Tests.Charts;

public class ChartTableTests : BunitContext
{
    IRenderedComponent<ChartTable> RenderTable(ChartSpec spec) => Render<ChartTable>(p => p.Add(t => t.Spec, spec));

    [Fact]
    public void Has_a_row_per_category_and_a_column_per_series()
    {
        var cut = RenderTable(Specs.Trend());

        Assert.Equal(["", "Bình Định", "Quy Nhơn"], cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(6, cut.FindAll("tbody tr").Count);
        Assert.StartsWith("2015", cut.FindAll("tbody th")[0].TextContent.Trim());
    }

    [Fact]
    public void Writes_counts_in_vi_VN_and_a_gap_as_a_dash_titled_not_reported()
    {
        var cut = RenderTable(Specs.Trend());
        var row2017 = cut.FindAll("tbody tr")[2].QuerySelectorAll("td");

        Assert.Equal("1.234", cut.FindAll("tbody tr")[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("—", row2017[0].TextContent.Trim());
        Assert.StartsWith("không báo cáo", row2017[0].GetAttribute("title"));
        Assert.Contains("chart-table-missing", row2017[0].ClassName);
    }

    [Fact]
    public void Writes_percentages_in_vi_VN()
    {
        var cut = RenderTable(Specs.Ranking());

        Assert.Equal(["98,7 %", "91,3 %", "—"], cut.FindAll("tbody td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Each_cell_says_where_its_value_was_read()
    {
        var cut = RenderTable(Specs.Ranking());

        Assert.Equal("Nguồn: PL2.xlsx › 540 › E7", cut.FindAll("tbody td")[0].GetAttribute("title"));
    }

    [Fact]
    public void The_partial_year_is_marked_on_its_row_and_cells()
    {
        var cut = RenderTable(Specs.Trend());
        var row2020 = cut.FindAll("tbody tr")[5];

        Assert.Contains("(tính đến 31/3)", row2020.QuerySelector("th")!.TextContent);
        Assert.EndsWith("(tính đến 31/3)", row2020.QuerySelector("td")!.GetAttribute("title"));
    }

    [Fact]
    public void Shows_a_points_own_label_and_says_when_the_data_is_a_sample()
    {
        var cut = RenderTable(Specs.Heatmap());

        Assert.Contains("55,5 % (11/20)", cut.FindAll("tbody td").Select(td => td.TextContent.Trim()));
        Assert.Contains("Dữ liệu mẫu", cut.Find("caption").TextContent);
        Assert.Equal("Nguồn: Phụ lục 1", cut.Find("tfoot td").TextContent.Trim());
    }
}
