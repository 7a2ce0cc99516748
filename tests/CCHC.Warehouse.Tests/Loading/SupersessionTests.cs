using Dapper;

namespace CCHC.Warehouse.Tests;

public sealed class SupersessionTests : WarehouseTest
{
    private static FileBuilder Pl3(string file, double value, int reportMonth, int reportDay) => new FileBuilder(file)
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, reportMonth, reportDay)
            .Indicator("PL3.1.1", 2019, value));

    private double HoaiNhonValue() =>
        Scalar<double>("SELECT value FROM fact_indicator_value WHERE unit_code = '543' AND indicator_code = 'PL3.1.1' AND year = 2019");

    private List<(string File, string Status, string? SupersededByFile)> Submissions() => Db.Connection
        .Query<(string, string, string?)>("SELECT source_file, status, superseded_by_file FROM v_submission ORDER BY source_file, status")
        .ToList();

    [Fact]
    public void A_later_report_arriving_after_replaces_the_older()
    {
        Load(Pl3("march.xlsx", 1, 3, 31).With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator("PL3.1.1", 2019, 5)));

        var outcome = Load(Pl3("april.xlsx", 2, 4, 15));

        Assert.Equal(("april.xlsx", "loaded", 1, 1, 0), (outcome.FileName, outcome.Status, outcome.IndicatorFacts, outcome.SupersededSubmissions, outcome.SupersededByNewer));
        Assert.Equal(2.0, HoaiNhonValue());
        Assert.Equal([("april.xlsx", "active", null), ("march.xlsx", "active", null), ("march.xlsx", "superseded", "april.xlsx")], Submissions());
        Assert.Equal(0L, Count("fact_indicator_value f JOIN submission_status s USING (submission_id) WHERE s.status = 'superseded'"));
    }

    [Fact]
    public void The_replaced_submission_loses_every_fact_even_those_the_new_one_lacks()
    {
        Load(new FileBuilder("march.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 3, 31)
            .Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 50)));

        Load(Pl3("april.xlsx", 2, 4, 15));

        Assert.Equal(1L, Count("fact_indicator_value"));
        Assert.Equal(2.0, HoaiNhonValue());
    }

    [Fact]
    public void An_older_report_arriving_after_is_kept_superseded_without_facts()
    {
        Load(Pl3("april.xlsx", 2, 4, 15));

        var outcome = Load(Pl3("march.xlsx", 1, 3, 31));

        Assert.Equal(("superseded", 0, 0, 1), (outcome.Status, outcome.IndicatorFacts, outcome.SupersededSubmissions, outcome.SupersededByNewer));
        Assert.Equal(2.0, HoaiNhonValue());
        Assert.Equal([("april.xlsx", "active", null), ("march.xlsx", "superseded", "april.xlsx")], Submissions());
    }

    [Fact]
    public void A_file_with_one_current_and_one_outdated_submission_counts_as_loaded()
    {
        Load(Pl3("april.xlsx", 2, 4, 15));

        var outcome = Load(Pl3("march.xlsx", 1, 3, 31)
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).ReportedOn(2020, 3, 31).Indicator("PL3.1.1", 2019, 5)));

        Assert.Equal(("loaded", 1, 1), (outcome.Status, outcome.IndicatorFacts, outcome.SupersededByNewer));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Same_report_date_is_decided_by_modified_time_whatever_the_load_order(bool laterFirst)
    {
        var earlier = Pl3("b-earlier.xlsx", 1, 4, 15).Modified(2020, 4, 16, hour: 8);
        var later = Pl3("a-later.xlsx", 2, 4, 15).Modified(2020, 4, 16, hour: 9);

        if (laterFirst) { Load(later); Load(earlier); }
        else { Load(earlier); Load(later); }

        Assert.Equal(2.0, HoaiNhonValue());
        Assert.Equal("a-later.xlsx", Scalar<string>("SELECT source_file FROM v_submission WHERE status = 'active'"));
    }

    [Fact]
    public void Same_report_date_and_modified_time_is_decided_by_file_name()
    {
        Load(Pl3("b.xlsx", 2, 4, 15));
        Load(Pl3("a.xlsx", 1, 4, 15));

        Assert.Equal(2.0, HoaiNhonValue());
    }

    [Fact]
    public void Without_a_report_date_the_modified_date_counts()
    {
        Load(Pl3("dated.xlsx", 1, 4, 15));

        var undated = new FileBuilder("undated.xlsx").Modified(2020, 4, 20)
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 2));
        Load(undated);

        Assert.Equal(2.0, HoaiNhonValue());
    }

    [Fact]
    public void Units_appendices_and_departments_are_separate_keys()
    {
        Load(new FileBuilder("a.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 1))
            .With(new SubmissionBuilder("PL1", TestCatalogue.HoaiNhon).Indicator("PL1.1", 2019, 1))
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator("PL3.1.1", 2019, 1))
            .With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("SNV").Indicator("PL1.1", 2019, 1))
            .With(new SubmissionBuilder("PL3", TestCatalogue.Province).Department("VPUBND").Indicator("PL3.1.1", 2019, 1)));

        Assert.Equal(5L, Count("submission_status WHERE status = 'active'"));
        Assert.Equal(5L, Count("fact_indicator_value"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_departments_reporting_one_province_value_keep_the_newer(bool newerFirst)
    {
        var older = new FileBuilder("snv.xlsx").With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("SNV")
            .ReportedOn(2020, 4, 1).Indicator("PL1.1", 2019, 5).Indicator("PL1.1", 2018, 4));
        var newer = new FileBuilder("vpubnd.xlsx").With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("VPUBND")
            .ReportedOn(2020, 4, 10).Indicator("PL1.1", 2019, 7));

        if (newerFirst) { Load(newer); Load(older); }
        else { Load(older); Load(newer); }

        var values = Db.Connection.Query<(int, double, string)>(
            "SELECT year, value, reporting_department_code FROM v_indicator_value WHERE unit_code = '52' ORDER BY year").ToList();
        Assert.Equal([(2018, 4.0, "SNV"), (2019, 7.0, "VPUBND")], values);
        Assert.Equal(2L, Count("submission_status WHERE status = 'active'")); // different keys: neither submission is superseded
    }

    [Fact]
    public void An_official_report_is_never_hidden_by_a_newer_sample_workbook()
    {
        Load(Pl3("official.xlsx", 2, 3, 31));

        var outcome = Load(new FileBuilder("sample.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Sample().ReportedOn(2020, 5, 1).Indicator("PL3.1.1", 2019, 9)));

        Assert.Equal("superseded", outcome.Status);
        Assert.Equal(2.0, HoaiNhonValue());
    }

    [Fact]
    public void An_official_report_replaces_sample_data_even_when_dated_earlier()
    {
        Load(new FileBuilder("sample.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Sample().ReportedOn(2020, 5, 1).Indicator("PL3.1.1", 2019, 9)));

        Load(Pl3("official.xlsx", 2, 3, 31));

        Assert.Equal(2.0, HoaiNhonValue());
    }
}
