using CCHC.Warehouse.Queries;
using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>A value the newer report sent in a cell that could not be read is not "not reported": the warehouse keeps
/// where it was and why, for as long as that report is in force and no other value fills the key.</summary>
public sealed class RejectedValueTests : WarehouseTest
{
    private static FileBuilder March() => new FileBuilder("march.xlsx")
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 3, 31)
            .Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 50));

    private static FileBuilder April() => new FileBuilder("april.xlsx")
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 4, 15)
            .Indicator("PL3.1.1", 2019, 2)
            .RejectedValue("PL3.1.2", 2019, "E9", "“50%%” không phải là số (not a number)."));

    private List<(string Unit, string Indicator, int Year, string File, string? Cell, string Reason)> RejectedValues() => Db.Connection
        .Query<(string, string, int, string, string?, string)>(
            "SELECT unit_code, indicator_code, year, source_file, source_cell, reason FROM v_rejected_value ORDER BY indicator_code")
        .ToList();

    [Fact]
    public void A_rejected_cell_of_the_report_in_force_is_shown_as_rejected_where_the_value_was()
    {
        Load(March());
        Load(April());

        Assert.Equal(0L, Count("fact_indicator_value WHERE indicator_code = 'PL3.1.2'"));
        Assert.Equal([("543", "PL3.1.2", 2019, "april.xlsx", "E9", "“50%%” không phải là số (not a number).")], RejectedValues());
    }

    [Fact]
    public void A_later_report_with_a_readable_value_ends_the_rejection()
    {
        Load(March());
        Load(April());
        Load(new FileBuilder("may.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 2)
            .Indicator("PL3.1.1", 2019, 2).Indicator("PL3.1.2", 2019, 55)));

        Assert.Empty(RejectedValues());
    }

    [Fact]
    public void A_rejected_cell_of_a_report_that_is_not_in_force_is_history_only()
    {
        Load(new FileBuilder("may.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 2)
            .Indicator("PL3.1.1", 2019, 3)));
        Load(April()); // older than May: kept superseded

        Assert.Empty(RejectedValues());
        Assert.Equal(1L, Count("load_reject WHERE indicator_code = 'PL3.1.2'"));
    }

    [Fact]
    public async Task The_status_counts_rejected_values_and_the_query_gives_them_by_unit()
    {
        Load(March());
        Load(April());
        Db.Dispose();

        var queries = new DashboardQueries(new WarehouseReader(TempPath));
        Assert.Equal(1L, (await queries.StatusAsync()).RejectedValues);
        var rejected = Assert.Single(await queries.RejectedValuesAsync([TestCatalogue.HoaiNhon]));
        Assert.Equal(new RejectedValue("543", "PL3.1.2", 2019, "april.xlsx", "PL3", "E9", "“50%%” không phải là số (not a number)."), rejected);
        Assert.Empty(await queries.RejectedValuesAsync([TestCatalogue.QuyNhon]));
    }
}
