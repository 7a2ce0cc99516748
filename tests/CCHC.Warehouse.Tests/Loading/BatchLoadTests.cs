using CCHC.Warehouse.Model;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Tests;

/// <summary>Files applied a batch per transaction store exactly what they would one by one, and a failed batch
/// leaves nothing behind, not even in what the loader remembers.</summary>
public sealed class BatchLoadTests : WarehouseTest
{
    // A bit of everything the loader decides: a report replaced by a newer one, an older one arriving late, two
    // departments sharing a province value, sample against official, repeats, row rejects, a file rejected whole.
    private static List<FileReadResult> Mixed() =>
    [
        new FileBuilder("march.xlsx").Hash("march")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 3, 31)
                .Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.2", 2019, 50).Reject("E9", "Not a number"))
            .With(new SubmissionBuilder("PL8", TestCatalogue.HoaiNhon).Target("PL8.1", true).Target("PL8.1", false))
            .Build(),
        new FileBuilder("april.xlsx").Hash("april")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 4, 15).Indicator("PL3.1.1", 2019, 2))
            .Build(),
        new FileBuilder("broken.xlsx").Hash("broken").RejectedBecause("No appendix title found", "Sheet1", "A1").Build(),
        new FileBuilder("february.xlsx").Hash("february")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 2, 1).Indicator("PL3.1.1", 2019, 0))
            .With(new SubmissionBuilder("PL4", TestCatalogue.QuyNhon).OrgCount("PL4.I.1", "2011-2020", 12))
            .Build(),
        new FileBuilder("snv.xlsx").Hash("snv")
            .With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("SNV").ReportedOn(2020, 4, 1)
                .Indicator("PL1.1", 2019, 5).Indicator("PL1.1", 2018, 4))
            .Build(),
        new FileBuilder("vpubnd.xlsx").Hash("vpubnd")
            .With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("VPUBND").ReportedOn(2020, 4, 10)
                .Indicator("PL1.1", 2019, 7))
            .Build(),
        new FileBuilder("sample.xlsx").Hash("sample")
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Sample().ReportedOn(2020, 5, 1).Indicator("PL3.1.1", 2019, 9))
            .Build(),
        new FileBuilder("official.xlsx").Hash("official")
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).ReportedOn(2020, 3, 1).Indicator("PL3.1.1", 2019, 3))
            .With(new SubmissionBuilder("PL4", TestCatalogue.QuyNhon).ReportedOn(2020, 3, 1).OrgCount("PL4.I.1", "2011-2020", 13))
            .Build(),
        new FileBuilder("snv-2.xlsx").Hash("snv-2")
            .With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("SNV").ReportedOn(2020, 4, 20)
                .Indicator("PL1.1", 2019, 8))
            .Build(),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(100)]
    public void Batches_store_what_the_files_one_by_one_store(int batchSize)
    {
        var files = Mixed();
        var oneByOne = files.Select(Loader.Apply).ToList();
        var expected = Rows(Db);

        using var other = new TempWarehouse();
        using var db = other.OpenForWrite();
        CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
        var loader = new FileLoader(db.Connection);
        var batched = files.Chunk(batchSize).SelectMany(batch => loader.Apply(batch)).ToList();

        Assert.Equal(oneByOne, batched);
        Assert.Equal(expected, Rows(db));
    }

    [Fact]
    public void A_later_file_of_the_batch_replaces_an_earlier_one_of_the_same_batch()
    {
        var outcomes = Loader.Apply(Mixed().Take(2).ToList());

        Assert.Equal(1, outcomes[1].SupersededSubmissions);
        Assert.Equal(2.0, Scalar<double>("SELECT value FROM fact_indicator_value WHERE unit_code = '543' AND indicator_code = 'PL3.1.1'"));
        Assert.Equal(0L, Count("fact_indicator_value WHERE indicator_code = 'PL3.1.2'"));
        Assert.Equal("april.xlsx", Scalar<string>("SELECT superseded_by_file FROM v_submission WHERE source_file = 'march.xlsx' AND appendix = 'PL3'"));
    }

    [Fact]
    public void A_failed_batch_leaves_no_trace_and_its_files_load_afterwards()
    {
        var files = Mixed();
        var broken = new FileBuilder("null-code.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator(null!, 2019, 1)) // indicator_code is NOT NULL
            .Build();

        Assert.Throws<DuckDBException>(() => Loader.Apply([.. files.Take(4), broken, .. files.Skip(4)]));

        Assert.Equal(0L, Traces());
        Assert.All(files, file => Assert.False(Loader.IsKnown(file.File.ContentHash)));
        Loader.Apply(files);
        Assert.Equal(9L, Count("load_file"));
    }

    [Fact]
    public void After_a_rollback_the_loader_reads_the_warehouse_again()
    {
        var files = Mixed();
        Loader.Apply(files.Take(2).ToList()); // april's report holds Hoài Nhơn's PL3
        // Replaces april's report, then fails: the rollback brings april back, and so must the loader's memory.
        var newer = new FileBuilder("may.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 1).Indicator("PL3.1.1", 2019, 99))
            .Build();
        var broken = new FileBuilder("null-code.xlsx")
            .With(new SubmissionBuilder("PL4", TestCatalogue.HoaiNhon).OrgCount(null!, "2011-2020", 1))
            .Build();
        Assert.Throws<DuckDBException>(() => Loader.Apply([newer, broken]));

        var late = Loader.Apply(files[3]); // february: older than april, so kept superseded

        Assert.Equal("loaded", late.Status); // its Quy Nhơn appendix is new
        Assert.Equal(1, late.SupersededByNewer);
        Assert.Equal(2.0, Scalar<double>("SELECT value FROM fact_indicator_value WHERE unit_code = '543' AND indicator_code = 'PL3.1.1'"));
        Assert.Equal("april.xlsx", Scalar<string>("SELECT superseded_by_file FROM v_submission WHERE source_file = 'february.xlsx' AND appendix = 'PL3'"));
        Assert.Equal(1L, Count("v_submission WHERE status = 'active' AND unit_code = '543' AND appendix = 'PL3'"));
    }

    [Fact]
    public void A_loader_that_starts_on_a_loaded_warehouse_reads_what_it_holds()
    {
        Loader.Apply(Mixed().Take(2).ToList());

        var fresh = new FileLoader(Db.Connection);
        var outcome = fresh.Apply(new FileBuilder("may.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).ReportedOn(2020, 5, 1).Indicator("PL3.1.2", 2019, 60))
            .Build());

        Assert.True(fresh.IsKnown("april"));
        Assert.Equal(1, outcome.SupersededSubmissions);
        Assert.Equal([("PL3.1.2", 60.0)], Db.Connection.Query<(string, double)>(
            "SELECT indicator_code, value FROM fact_indicator_value WHERE unit_code = '543'"));
    }

    [Fact]
    public void The_same_bytes_twice_in_one_batch_are_refused_before_anything_is_written()
    {
        var file = Mixed()[0];

        Assert.Throws<InvalidOperationException>(() => Loader.Apply([file, file with { File = file.File with { FileName = "copy.xlsx" } }]));

        Assert.Equal(0L, Traces());
    }

    [Fact]
    public void Ids_follow_the_order_of_the_files()
    {
        Loader.Apply(Mixed());

        var loads = Db.Connection.Query<string>("SELECT file_name FROM load_file ORDER BY load_id").ToList();
        Assert.Equal(Mixed().Select(file => file.File.FileName), loads);
        var rejects = Db.Connection.Query<string>("SELECT source_file FROM load_reject ORDER BY reject_id").ToList();
        Assert.Equal(["march.xlsx", "march.xlsx", "broken.xlsx"], rejects);
    }

    /// <summary>Every row of the load and fact tables, but the time of loading.</summary>
    private static string Rows(WarehouseDatabase db) => string.Join("\n--\n",
        new[]
        {
            "SELECT * EXCLUDE (loaded_at) FROM load_file", "SELECT * FROM load_submission", "SELECT * FROM submission_status", "SELECT * FROM load_reject",
            "SELECT * FROM reported_indicator_value", "SELECT * FROM reported_target_evaluation", "SELECT * FROM reported_org_count",
            "SELECT * FROM fact_indicator_value", "SELECT * FROM fact_target_evaluation", "SELECT * FROM fact_org_count",
        }.Select(sql => string.Join("\n", db.Connection.Query(sql + " ORDER BY ALL")
            .Select(row => string.Join("|", ((IDictionary<string, object>)row).Values)))));
}
