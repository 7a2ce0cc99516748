using System.Reflection;
using CCHC.Warehouse.Queries;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Tests;

public sealed class WarehouseReaderTests : IDisposable
{
    private readonly TempWarehouse temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_missing_file_is_reported_in_Vietnamese_not_as_a_DuckDB_error()
    {
        var reader = new WarehouseReader(temp.Path);

        Assert.False(reader.Exists);
        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => new DashboardQueries(reader).StatusAsync());
        Assert.Equal(WarehouseProblem.Missing, error.Problem);
        Assert.Equal(temp.Path, error.Path);
        Assert.StartsWith("Chưa có kho dữ liệu (warehouse.duckdb)", error.Message);
        Assert.False(File.Exists(temp.Path)); // reading never creates the file
    }

    [Fact]
    public void A_file_that_is_not_DuckDB_is_unreadable()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temp.Path)!);
        File.WriteAllText(temp.Path, "PK this is a workbook, not a warehouse");
        var reader = new WarehouseReader(temp.Path);

        Assert.True(reader.Exists);
        var error = Assert.Throws<WarehouseUnavailableException>(reader.EnsureReadable);
        Assert.Equal(WarehouseProblem.Unreadable, error.Problem);
        Assert.IsType<DuckDBException>(error.InnerException);
    }

    [Fact]
    public void A_DuckDB_file_without_the_warehouse_tables_is_unreadable()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temp.Path)!);
        using (var other = new DuckDBConnection($"Data Source={temp.Path}"))
        {
            other.Open();
            other.Execute("CREATE TABLE something_else (x INTEGER)");
        }

        var error = Assert.Throws<WarehouseUnavailableException>(new WarehouseReader(temp.Path).EnsureReadable);
        Assert.Equal(WarehouseProblem.Unreadable, error.Problem);
    }

    [Fact]
    public async Task A_warehouse_of_another_schema_version_asks_for_a_rebuild()
    {
        using (var db = temp.OpenForWrite())
            db.Connection.Execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'");

        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(
            () => new DashboardQueries(new WarehouseReader(temp.Path)).UnitsAsync());
        Assert.Equal(WarehouseProblem.WrongVersion, error.Problem);
        Assert.Contains("nạp lại", error.Message);
    }

    [Fact]
    public void A_file_another_process_writes_is_busy()
    {
        // DuckDB refuses a file another process holds open for writing with this error; within one process DuckDB.NET
        // shares the open database, so the test builds the error (its constructor is internal) instead of a process.
        var message = "DuckDBOpen failed: IO Error: Could not set lock on file \"w.duckdb\": Conflicting lock is held in dotnet (PID 7)";
        var locked = (DuckDBException)Activator.CreateInstance(
            typeof(DuckDBException), BindingFlags.NonPublic | BindingFlags.Instance, null, [message], null)!;

        Assert.Equal(WarehouseProblem.Busy, WarehouseReader.ProblemOf(locked));
        Assert.Contains("đang được cập nhật", new WarehouseUnavailableException(WarehouseProblem.Busy, "w.duckdb").Message);
    }

    [Fact]
    public void Errors_that_are_bugs_are_not_dressed_up_as_an_unavailable_warehouse() =>
        Assert.Null(WarehouseReader.ProblemOf(new ArgumentException("bug")));

    [Fact]
    public async Task Each_call_releases_the_file_so_the_ETL_can_load_more_and_the_next_call_sees_it()
    {
        using (var db = temp.OpenForWrite())
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
        var queries = new DashboardQueries(new WarehouseReader(temp.Path));
        Assert.Equal(0L, (await queries.StatusAsync()).IndicatorFacts);

        // A connection left open would keep its read-only database, and DuckDB.NET would hand it to this writer.
        using (var db = temp.OpenForWrite())
            new FileLoader(db.Connection).Apply(new FileBuilder("a.xlsx")
                .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Indicator("PL3.1.1", 2019, 12)).Build());

        Assert.Equal(1L, (await queries.StatusAsync()).IndicatorFacts);
    }
}
