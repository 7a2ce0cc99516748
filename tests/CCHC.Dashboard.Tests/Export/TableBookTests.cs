using CCHC.Dashboard.Export.Tables;
using CCHC.Dashboard.Slicers;
using CCHC.Dashboard.Tests.Charts;

namespace CCHC.Dashboard.Tests.Export;

public sealed class TableBookTests(ShippedChartBook shipped) : IClassFixture<ShippedChartBook>
{
    static readonly DateTime At = new(2026, 11, 23, 9, 0, 0);

    [Fact]
    public async Task The_2011_2025_targets_table_holds_the_22_real_verdicts_each_with_its_cell()
    {
        var table = await shipped.NewTables().BuildAsync(TableBook.Targets2025, Selection.Default, At);

        Assert.NotNull(table);
        Assert.Equal(22, table.Rows.Count);
        var missed = table.Rows.Where(r => (string)r[5]! == "Không đạt").Select(r => (int)(double)r[0]!).ToList();
        Assert.Equal([4, 6, 11, 14, 16, 17, 21], missed);
        Assert.All(table.Rows, r => Assert.Matches(@"\.xlsx › .+ › [A-Z]+\d+$", (string)r[6]!));
        Assert.Contains(table.Heading, h => h.Label == "Loại số liệu" && !h.Text.Contains("mẫu"));
    }

    [Fact]
    public async Task A_units_values_table_needs_that_one_unit_and_says_where_each_value_was_read()
    {
        var tables = shipped.NewTables();

        Assert.Null(await tables.BuildAsync(TableBook.UnitValues, Selection.Default, At));
        var table = await tables.BuildAsync(TableBook.UnitValues, Selection.FromQuery("?units=547&from=2019&to=2019"), At);

        Assert.NotNull(table);
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.Equal(2019d, r[2]));
        Assert.Contains(table.Heading, h => h.Label == "Loại số liệu" && h.Text.Contains("mẫu"));
    }

    [Fact]
    public async Task An_unknown_table_id_builds_nothing()
    {
        Assert.Null(await shipped.NewTables().BuildAsync("passwords", Selection.Default, At));
    }
}
