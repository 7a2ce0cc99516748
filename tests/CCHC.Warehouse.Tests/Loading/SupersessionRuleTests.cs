using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>
/// The supersession rule as SQL over append-only submissions (warehouse/Rules): nothing reported is ever deleted, and
/// the tables the queries read are the rule's answer.
/// </summary>
public sealed class SupersessionRuleTests : WarehouseTest
{
    private static SubmissionBuilder HoaiNhonPl3(int month, int day) =>
        new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, month, day);

    private static SubmissionBuilder ProvincePl1(string department, int month, int day) =>
        new SubmissionBuilder("PL1", TestCatalogue.Province).Department(department).ReportedOn(2020, month, day);

    private List<(int Year, double Value, string Department)> ProvincePl1Values() => Db.Connection
        .Query<(int, double, string)>(
            "SELECT year, value, reporting_department_code FROM v_indicator_value WHERE unit_code = '52' AND indicator_code = 'PL1.1' ORDER BY year")
        .ToList();

    /// <summary>Rows of a table or view, whole, as text: what two of them are compared by.</summary>
    private List<string> Rows(string sql) => Db.Connection.Query(sql + " ORDER BY ALL")
        .Select(row => string.Join("|", ((IDictionary<string, object?>)row).Values))
        .ToList();

    [Fact]
    public void A_superseded_submission_keeps_every_value_it_reported()
    {
        Load(new FileBuilder("march.xlsx").With(HoaiNhonPl3(3, 31).Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 50)));
        Load(new FileBuilder("april.xlsx").With(HoaiNhonPl3(4, 15).Indicator("PL3.1.1", 2019, 2)));

        var reported = Db.Connection.Query<(string, string, double)>(
            """
            SELECT s.source_file, r.indicator_code, r.value
            FROM reported_indicator_value r JOIN v_submission s USING (submission_id)
            ORDER BY ALL
            """).ToList();
        Assert.Equal([("april.xlsx", "PL3.1.1", 2.0), ("march.xlsx", "PL3.1.1", 1.0), ("march.xlsx", "PL3.1.2", 50.0)], reported);
        Assert.Equal(1L, Count("fact_indicator_value"));
    }

    [Fact]
    public void When_the_newer_department_drops_a_value_the_other_departments_report_of_it_is_in_force_again()
    {
        Load(new FileBuilder("snv.xlsx").With(ProvincePl1("SNV", 4, 1).Indicator("PL1.1", 2019, 5).Indicator("PL1.1", 2018, 4)));
        Load(new FileBuilder("vpubnd.xlsx").With(ProvincePl1("VPUBND", 4, 10).Indicator("PL1.1", 2019, 7)));
        Assert.Equal([(2018, 4.0, "SNV"), (2019, 7.0, "VPUBND")], ProvincePl1Values());

        // Văn phòng UBND corrects its report and no longer answers 2019: its earlier value must not linger, and the
        // department that still reports 2019 is the one in force for it.
        Load(new FileBuilder("vpubnd-corrected.xlsx").With(ProvincePl1("VPUBND", 4, 20).Indicator("PL1.1", 2017, 3)));

        Assert.Equal([(2017, 3.0, "VPUBND"), (2018, 4.0, "SNV"), (2019, 5.0, "SNV")], ProvincePl1Values());
    }

    [Fact]
    public void The_tables_the_queries_read_are_the_rules_answer_after_loads_restores_and_overlaps()
    {
        var march = new FileBuilder("march.xlsx").Hash("march")
            .With(HoaiNhonPl3(3, 31).Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 40))
            .With(ProvincePl1("SNV", 3, 31).Indicator("PL1.1", 2019, 5))
            .With(new SubmissionBuilder("PL8", TestCatalogue.HoaiNhon).ReportedOn(2020, 3, 31).Target("PL8.1", true))
            .With(new SubmissionBuilder("PL4", TestCatalogue.QuyNhon).ReportedOn(2020, 3, 31).OrgCount("PL4.I.1", "2011-2020", 9));
        Load(march);
        Load(new FileBuilder("april.xlsx").With(HoaiNhonPl3(4, 15).Indicator("PL3.1.1", 2019, 2))
            .With(ProvincePl1("VPUBND", 4, 15).Indicator("PL1.1", 2019, 6))
            .With(new SubmissionBuilder("PL8", TestCatalogue.HoaiNhon).ReportedOn(2020, 4, 15).Target("PL8.1", false)));
        Load(new FileBuilder("late-february.xlsx").With(HoaiNhonPl3(2, 28).Indicator("PL3.1.1", 2019, 0)));
        Loader.Restore(march.Build().File);
        Load(new FileBuilder("may.xlsx").With(new SubmissionBuilder("PL4", TestCatalogue.QuyNhon).ReportedOn(2020, 5, 2)
            .OrgCount("PL4.I.1", "2011-2020", 10)));

        Assert.Equal(Rows("SELECT submission_id, unit_code, status, superseded_by FROM supersession_status"),
            Rows("SELECT * FROM submission_status"));
        Assert.Equal(Rows("SELECT * FROM supersession_indicator_value"), Rows("SELECT * FROM fact_indicator_value"));
        Assert.Equal(Rows("SELECT * FROM supersession_target_evaluation"), Rows("SELECT * FROM fact_target_evaluation"));
        Assert.Equal(Rows("SELECT * FROM supersession_org_count"), Rows("SELECT * FROM fact_org_count"));
        // And that answer is the expected one: Hoài Nhơn's restored March reports whole, the newer department's value,
        // Quy Nhơn's May count that came after the restore.
        Assert.Equal([("PL3.1.1", 1.0), ("PL3.1.2", 40.0)], Db.Connection.Query<(string, double)>(
            "SELECT indicator_code, value FROM fact_indicator_value WHERE unit_code = '543' ORDER BY 1").ToList());
        Assert.Equal(6.0, Scalar<double>("SELECT value FROM fact_indicator_value WHERE unit_code = '52'"));
        Assert.True(Scalar<bool>("SELECT achieved FROM fact_target_evaluation WHERE unit_code = '543'"));
        Assert.Equal(10.0, Scalar<double>("SELECT value FROM fact_org_count WHERE unit_code = '540'"));
    }

    [Fact]
    public void A_run_that_defers_puts_the_reports_in_force_once_at_its_end_with_the_same_answer()
    {
        var loader = new FileLoader(Db.Connection, deferInForce: true);
        var outcomes = loader.Apply([
            new FileBuilder("march.xlsx").With(HoaiNhonPl3(3, 31).Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 40)).Build(),
            new FileBuilder("april.xlsx").With(HoaiNhonPl3(4, 15).Indicator("PL3.1.1", 2019, 2)).Build(),
        ]);
        loader.Apply(new FileBuilder("snv.xlsx").With(ProvincePl1("SNV", 4, 1).Indicator("PL1.1", 2019, 5)).Build());

        // What each file did is known at once; the tables the queries read wait for the end of the run.
        Assert.Equal([("loaded", 0), ("loaded", 1)], outcomes.Select(o => (o.Status, o.SupersededSubmissions)));
        Assert.Equal(0L, Count("fact_indicator_value"));
        Assert.Equal(0L, Count("submission_status"));

        loader.PutInForce();

        Assert.Equal(Rows("SELECT * FROM supersession_indicator_value"), Rows("SELECT * FROM fact_indicator_value"));
        Assert.Equal(Rows("SELECT submission_id, unit_code, status, superseded_by FROM supersession_status"), Rows("SELECT * FROM submission_status"));
        Assert.Equal([("PL1.1", 5.0), ("PL3.1.1", 2.0)], Db.Connection.Query<(string, double)>(
            "SELECT indicator_code, value FROM fact_indicator_value ORDER BY 1").ToList());
    }
}
