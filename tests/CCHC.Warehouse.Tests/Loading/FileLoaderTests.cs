using CCHC.Warehouse.Model;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Tests;

public sealed class FileLoaderTests : WarehouseTest
{
    private static FileBuilder HoaiNhonReport(string name = "hoai-nhon.xlsx") => new FileBuilder(name)
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 4, 15)
            .Indicator("PL3.1.1", 2019, 120).Indicator("PL3.1.2", 2019, 97.5).Indicator("PL3.1.1", 2020, 30, partial: true))
        .With(new SubmissionBuilder("PL8", TestCatalogue.HoaiNhon).Target("PL8.1", true).Target("PL8.2", false))
        .With(new SubmissionBuilder("PL4", TestCatalogue.HoaiNhon).OrgCount("PL4.I.1", "2011-2020", 12));

    [Fact]
    public void A_file_applies_whole()
    {
        var outcome = Load(HoaiNhonReport());

        Assert.Equal(new FileLoadOutcome("hoai-nhon.xlsx", "loaded", 3, 2, 1, 0, 0, 0), outcome);
        Assert.Equal(1L, Count("load_file"));
        Assert.Equal(3L, Count("submission_status WHERE status = 'active'"));
        Assert.Equal(3L, Count("fact_indicator_value"));
        Assert.Equal(2L, Count("fact_target_evaluation"));
        Assert.Equal(1L, Count("fact_org_count"));
        Assert.Equal(97.5, Scalar<double>("SELECT value FROM fact_indicator_value WHERE indicator_code = 'PL3.1.2'"));
        Assert.True(Scalar<bool>("SELECT is_partial_year FROM fact_indicator_value WHERE year = 2020"));
    }

    [Fact]
    public void Effective_date_is_the_report_date_else_the_modified_date()
    {
        Load(new FileBuilder("a.xlsx").Modified(2020, 6, 2, hour: 23, minute: 30)
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 4, 15).Indicator("PL3.1.1", 2019, 1))
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator("PL3.1.1", 2019, 1)));

        var dates = Db.Connection.Query<(string, DateOnly?, DateOnly)>(
            "SELECT unit_code, report_date, effective_date FROM load_submission ORDER BY unit_code").ToList();
        Assert.Equal(
            [(TestCatalogue.QuyNhon, null, new DateOnly(2020, 6, 2)), (TestCatalogue.HoaiNhon, new DateOnly(2020, 4, 15), new DateOnly(2020, 4, 15))],
            dates);
    }

    [Fact]
    public void A_rejected_file_leaves_one_load_row_and_one_reject()
    {
        var outcome = Load(new FileBuilder("not-an-appendix.xlsx").RejectedBecause("No appendix title found", "Sheet1", "A1"));

        Assert.Equal(new FileLoadOutcome("not-an-appendix.xlsx", "rejected", 0, 0, 0, 1, 0, 0), outcome);
        Assert.Equal("rejected", Scalar<string>("SELECT status FROM load_file"));
        Assert.Equal("No appendix title found", Scalar<string>("SELECT reject_reason FROM load_file"));
        var reject = Db.Connection.QuerySingle<(string, string?, string?, string)>(
            "SELECT source_file, source_sheet, source_cell, reason FROM load_reject");
        Assert.Equal(("not-an-appendix.xlsx", "Sheet1", "A1", "No appendix title found"), reject);
        Assert.Equal(0L, Count("load_submission"));
    }

    [Fact]
    public void Row_rejects_are_kept_and_the_rest_of_the_file_loads()
    {
        var outcome = Load(new FileBuilder("a.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon)
            .Indicator("PL3.1.1", 2019, 1).Reject("E12", "Not a number: 'khoảng 10'").Reject(null, "Sheet has no year header")));

        Assert.Equal(2, outcome.Rejects);
        Assert.Equal(1, outcome.IndicatorFacts);
        Assert.Equal(
            [("PL3", "E12", "Not a number: 'khoảng 10'"), ("PL3", null, "Sheet has no year header")],
            Db.Connection.Query<(string, string?, string)>("SELECT source_sheet, source_cell, reason FROM load_reject ORDER BY reject_id"));
    }

    [Fact]
    public void A_repeated_key_within_a_submission_keeps_the_first_and_reports_the_repeat()
    {
        var outcome = Load(new FileBuilder("a.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon)
            .Indicator("PL3.1.1", 2019, 1, cell: "D8").Indicator("PL3.1.1", 2019, 2, cell: "D9")));

        Assert.Equal(1, outcome.IndicatorFacts);
        Assert.Equal(1.0, Scalar<double>("SELECT value FROM fact_indicator_value"));
        Assert.Equal("D9", Scalar<string>("SELECT source_cell FROM load_reject"));
        Assert.Contains("D8", Scalar<string>("SELECT reason FROM load_reject"));
    }

    [Fact]
    public void A_failure_midway_leaves_no_trace_and_the_next_file_still_loads()
    {
        var broken = new FileBuilder("broken.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 1).Reject("E9", "bad"))
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator(null!, 2019, 1)) // fact_indicator_value.indicator_code is NOT NULL
            .Build();

        Assert.Throws<DuckDBException>(() => Loader.Apply(broken));

        Assert.Equal(0L, Traces());
        Assert.False(Loader.IsKnown(broken.File.ContentHash));
        Load(HoaiNhonReport());
        Assert.Equal(3L, Count("fact_indicator_value"));
    }

    [Fact]
    public void A_failure_after_superseding_restores_the_older_submission()
    {
        Load(HoaiNhonReport("march.xlsx"));
        var broken = new FileBuilder("april.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 20).Indicator("PL3.1.1", 2019, 999))
            .With(new SubmissionBuilder("PL4", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 20).OrgCount(null!, "2011-2020", 1))
            .Build();

        Assert.Throws<DuckDBException>(() => Loader.Apply(broken));

        Assert.Equal(3L, Count("submission_status WHERE status = 'active'"));
        Assert.Equal(120.0, Scalar<double>("SELECT value FROM fact_indicator_value WHERE indicator_code = 'PL3.1.1' AND year = 2019"));
        Assert.Equal(1L, Count("load_file"));
    }

    [Fact]
    public void Known_bytes_are_detected_and_refused()
    {
        var file = HoaiNhonReport().Hash("same-bytes").Build();
        Assert.False(Loader.IsKnown("same-bytes"));
        Loader.Apply(file);
        var before = Traces();

        Assert.True(Loader.IsKnown("same-bytes"));
        Assert.Throws<InvalidOperationException>(() => Loader.Apply(file with { File = file.File with { FileName = "renamed.xlsx" } }));
        Assert.Equal(before, Traces());
    }

    [Fact]
    public void A_rejected_file_is_known_too()
    {
        Load(new FileBuilder("x.xlsx").Hash("rejected-bytes").RejectedBecause("Password protected"));

        Assert.True(Loader.IsKnown("rejected-bytes"));
    }

    [Fact]
    public void Loaded_at_comes_from_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        new FileLoader(Db.Connection, clock).Apply(HoaiNhonReport().Build());

        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5), Scalar<DateTime>("SELECT loaded_at FROM load_file"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
