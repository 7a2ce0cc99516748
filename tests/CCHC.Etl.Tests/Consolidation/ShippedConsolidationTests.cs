using CCHC.Etl.Consolidation;
using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Loading;
using CCHC.Warehouse;
using CCHC.Warehouse.Queries;
using ClosedXML.Excel;
using Dapper;

namespace CCHC.Etl.Tests.Consolidation;

/// <summary>The province's consolidated appendices made from the shipped data, checked against figures recomputed
/// here in SQL straight from v_indicator_value by the catalogue's rules.</summary>
public sealed class ShippedConsolidationTests(ShippedDataTests.Loaded shipped) : IClassFixture<ShippedDataTests.Loaded>
{
    async Task<ConsolidatedValues> Consolidate()
    {
        using var reader = new WarehouseReader(shipped.Warehouse);
        return await ConsolidatedValues.ReadAsync(Interpret.Catalogue, new DashboardQueries(reader));
    }

    [Fact]
    public async Task Every_province_figure_is_the_rule_recomputed_from_v_indicator_value()
    {
        var values = await Consolidate();
        using var db = WarehouseDatabase.OpenReadOnly(shipped.Warehouse);
        var rules = Interpret.Catalogue.Indicators.ToDictionary(i => i.Code, i => (i.Aggregation, i.DepartmentCode));
        // The province's own report wins, its designated department's first; else the district-level units by the rule.
        var expected = db.Connection.Query<(string Code, int Year, double? Own, double? Designated, double? Sum, double? Mean)>("""
            SELECT v.indicator_code, v.year,
                   max(v.value) FILTER (WHERE u.level = 'province'),
                   max(v.value) FILTER (WHERE u.level = 'province' AND v.reporting_department_code = v.department_code),
                   sum(v.value) FILTER (WHERE u.level = 'district'),
                   avg(v.value) FILTER (WHERE u.level = 'district')
            FROM v_indicator_value v JOIN dim_unit u USING (unit_code)
            GROUP BY ALL
            """).ToList();

        Assert.NotEmpty(expected);
        var checkedFigures = 0;
        foreach (var e in expected)
        {
            var figure = values.Figures.Single(f => f.IndicatorCode == e.Code && f.Year == e.Year);
            var want = (e.Designated ?? e.Own) ?? rules[e.Code].Aggregation switch
            {
                "sum" => e.Sum,
                "mean" => e.Mean is { } m ? Math.Round(m, 2) : null,
                _ => null,
            };
            Assert.True(want == figure.Value, $"{e.Code} {e.Year}: {figure.Value} ({figure.Method}), recomputed {want}");
            checkedFigures++;
        }
        Assert.True(checkedFigures > 400);
    }

    [Fact]
    public async Task The_workbook_has_the_eight_appendices_and_lists_every_value_with_its_source_cell()
    {
        var values = await Consolidate();
        using var dir = new TempDirectory();
        var path = dir.File(ConsolidatedWorkbook.FileName(Interpret.Catalogue));

        ConsolidatedWorkbook.Write(Interpret.Catalogue, values, path);

        using var workbook = new XLWorkbook(path);
        Assert.Equal(["PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7", "PL8", ConsolidatedWorkbook.SourcesSheet,
            ConsolidatedWorkbook.ChecksSheet],
            workbook.Worksheets.Select(w => w.Name));
        // Sample figures make a sample consolidation, and it says so on every sheet.
        Assert.All(workbook.Worksheets, w => Assert.Contains(w.CellsUsed(), c => c.GetString().StartsWith("DỮ LIỆU MẪU", StringComparison.Ordinal)));
        var listed = workbook.Worksheet(ConsolidatedWorkbook.SourcesSheet).RowsUsed().Skip(3)
            .Select(r => (Sheet: r.Cell(1).GetString(), Cell: r.Cell(2).GetString(), Value: r.Cell(6).GetString(), Sources: r.Cell(9).GetString()))
            .ToList();
        string[] indicatorSheets = ["PL1", "PL2", "PL3", "PL5", "PL6", "PL7"];
        Assert.Equal(values.Figures.Count(f => f.Value is not null),
            listed.Count(l => indicatorSheets.Contains(l.Sheet) && l.Value.Length > 0));
        foreach (var line in listed.Where(l => l.Value.Length > 0))
        {
            Assert.False(workbook.Worksheet(line.Sheet).Cell(line.Cell).IsEmpty(), $"{line.Sheet}!{line.Cell} is listed with a value but empty");
            Assert.Matches(@"^[^›]+ › [^›]+ › [A-Z]+\d+", line.Sources);
        }
        Assert.Contains(listed, l => l.Sheet == "PL4" && l.Value.Length > 0);
        Assert.Contains(listed, l => l.Sheet == "PL8" && l.Value is "Đạt" or "Không đạt");
    }
}
