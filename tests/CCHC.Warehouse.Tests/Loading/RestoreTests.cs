using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>The steward makes an earlier report the one in force again (the same bytes re-uploaded, then chosen):
/// its values come back whole, the report that replaced it steps aside, and nothing else of the unit moves.</summary>
public sealed class RestoreTests : WarehouseTest
{
    private readonly FileBuilder march = new FileBuilder("march.xlsx").Hash("march")
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 3, 31)
            .Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 50));

    private readonly FileBuilder april = new FileBuilder("april.xlsx").Hash("april")
        .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 4, 15).Indicator("PL3.1.1", 2019, 2));

    private List<(string Indicator, double Value)> HoaiNhonValues() => Db.Connection
        .Query<(string, double)>("SELECT indicator_code, value FROM fact_indicator_value WHERE unit_code = '543' ORDER BY indicator_code")
        .ToList();

    private List<(string File, string Status, string? SupersededByFile)> Submissions() => Db.Connection
        .Query<(string, string, string?)>("SELECT source_file, status, superseded_by_file FROM v_submission ORDER BY source_file")
        .ToList();

    [Fact]
    public void Restoring_an_earlier_report_brings_back_all_its_values_and_sets_the_newer_aside()
    {
        Load(march);
        Load(april);

        var outcome = Loader.Restore(march.Build().File);

        Assert.Equal(("march.xlsx", "restored", 2, 1), (outcome.FileName, outcome.Status, outcome.IndicatorFacts, outcome.SupersededSubmissions));
        Assert.Equal([("PL3.1.1", 1.0), ("PL3.1.2", 50.0)], HoaiNhonValues());
        Assert.Equal([("april.xlsx", "superseded", "march.xlsx"), ("march.xlsx", "active", null)], Submissions());
    }

    [Fact]
    public void Restoring_what_is_in_force_changes_nothing_and_restoring_back_returns_to_the_newer()
    {
        Load(march);
        Load(april);
        Loader.Restore(march.Build().File);

        Assert.Equal("unchanged", Loader.Restore(march.Build().File).Status);
        Assert.Equal("restored", Loader.Restore(april.Build().File).Status);

        Assert.Equal([("PL3.1.1", 2.0)], HoaiNhonValues());
        Assert.Equal([("april.xlsx", "active", null), ("march.xlsx", "superseded", "april.xlsx")], Submissions());
    }

    [Fact]
    public void A_new_report_after_a_restore_competes_with_the_restored_one_by_date()
    {
        Load(march);
        Load(april);
        Loader.Restore(march.Build().File);

        Load(new FileBuilder("may.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 2).Indicator("PL3.1.1", 2019, 3)));

        Assert.Equal([("PL3.1.1", 3.0)], HoaiNhonValues());
        Assert.Equal("may.xlsx", Scalar<string>("SELECT source_file FROM v_submission WHERE status = 'active'"));
    }

    [Fact]
    public void Other_units_in_the_same_files_keep_their_values()
    {
        Load(march.With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).ReportedOn(2020, 3, 31).Indicator("PL3.1.1", 2019, 7)));
        Load(april);

        Loader.Restore(march.Build().File);

        Assert.Equal(7.0, Scalar<double>("SELECT value FROM fact_indicator_value WHERE unit_code = $unit", new { unit = TestCatalogue.QuyNhon }));
        Assert.Equal(3L, Count("fact_indicator_value"));
    }

    [Fact]
    public void Bytes_never_loaded_cannot_be_restored_and_change_nothing()
    {
        Load(march);
        var before = Traces();

        Assert.Throws<InvalidOperationException>(() => Loader.Restore(april.Build().File));

        Assert.Equal(before, Traces());
        Assert.Equal([("PL3.1.1", 1.0), ("PL3.1.2", 50.0)], HoaiNhonValues());
    }
}
