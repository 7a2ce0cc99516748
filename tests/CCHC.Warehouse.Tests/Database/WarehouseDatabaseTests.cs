using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Tests;

public sealed class WarehouseDatabaseTests : IDisposable
{
    private readonly TempWarehouse temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Opening_for_write_creates_the_folder_the_tables_and_the_views()
    {
        using var db = temp.OpenForWrite();

        Assert.True(File.Exists(temp.Path));
        var tables = db.Connection.Query<string>("SELECT table_name FROM duckdb_tables() ORDER BY 1").ToList();
        var views = db.Connection.Query<string>("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").ToList();
        Assert.Equal(
            ["dim_appendix", "dim_area", "dim_department", "dim_indicator", "dim_org_measure", "dim_reporting_period", "dim_target", "dim_unit",
             "dim_unit_kind", "dim_validation_rule", "fact_indicator_value", "fact_org_count", "fact_target_evaluation", "load_file",
             "load_note", "load_reject", "load_restore", "load_submission", "meta", "reported_indicator_value",
             "reported_org_count", "reported_target_evaluation", "rule_breach", "submission_status"],
            tables);
        Assert.Equal(
            ["supersession_contest", "supersession_indicator_value", "supersession_org_count", "supersession_status",
             "supersession_target_evaluation", "v_completeness", "v_indicator_value", "v_load", "v_load_note", "v_load_reject", "v_org_count", "v_rejected_value",
             "v_rule_violation", "v_submission", "v_target_evaluation", "validation_breach"],
            views);
    }

    [Fact]
    public void Opening_twice_keeps_what_was_loaded()
    {
        using (var db = temp.OpenForWrite())
        {
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
            new FileLoader(db.Connection).Apply(new FileBuilder("a.xlsx")
                .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 12)).Build());
        }

        using (var again = temp.OpenForWrite())
        {
            Assert.Equal(1L, again.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_indicator_value"));
            Assert.Equal(3L, again.Connection.ExecuteScalar<long>("SELECT count(*) FROM dim_unit"));
            Assert.Equal(1L, again.Connection.ExecuteScalar<long>("SELECT count(*) FROM meta WHERE key = 'schema_version'"));
        }
    }

    [Fact]
    public void A_newer_report_replaces_stored_keys_after_the_file_is_reopened()
    {
        // The fact tables' primary keys must accept a delete and re-insert of one key in one transaction,
        // also once the key's index has been written to disk and read back.
        using (var db = temp.OpenForWrite())
        {
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
            new FileLoader(db.Connection).Apply(new FileBuilder("march.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon)
                .ReportedOn(2020, 3, 31).Indicator("PL3.1.1", 2019, 1)).Build());
        }

        using var again = temp.OpenForWrite();
        new FileLoader(again.Connection).Apply(new FileBuilder("april.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon)
            .ReportedOn(2020, 4, 15).Indicator("PL3.1.1", 2019, 2)).Build());

        Assert.Equal(2.0, again.Connection.ExecuteScalar<double>("SELECT value FROM fact_indicator_value"));
    }

    [Fact]
    public void Read_only_open_reads_but_cannot_write()
    {
        using (var db = temp.OpenForWrite())
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());

        using var readOnly = temp.OpenReadOnly();

        Assert.True(readOnly.IsReadOnly);
        Assert.Equal(3L, readOnly.Connection.ExecuteScalar<long>("SELECT count(*) FROM dim_unit"));
        Assert.Throws<DuckDBException>(() => readOnly.Connection.Execute("DELETE FROM dim_unit"));
        Assert.Throws<DuckDBException>(() => new FileLoader(readOnly.Connection).Apply(new FileBuilder("a.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 12)).Build()));
    }

    [Fact]
    public void Read_only_open_of_a_missing_file_says_so()
    {
        Assert.Throws<FileNotFoundException>(() => temp.OpenReadOnly());
        Assert.False(File.Exists(temp.Path));
    }

    [Fact]
    public void A_warehouse_of_another_schema_version_is_refused()
    {
        using (var db = temp.OpenForWrite())
            db.Connection.Execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'");

        var error = Assert.Throws<InvalidOperationException>(() => temp.OpenForWrite());
        Assert.Contains("schema version '0'", error.Message);
        Assert.Throws<InvalidOperationException>(() => temp.OpenReadOnly());
    }
}
