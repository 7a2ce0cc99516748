using CCHC.Warehouse.Queries;
using Dapper;
using DuckDB.NET.Data;

namespace CCHC.Warehouse.Tests;

/// <summary>What DuckDB.NET accepts for a list of codes: a CLR array binds as one VARCHAR[] parameter.</summary>
public sealed class CodeListTests : IDisposable
{
    private readonly DuckDBConnection connection = new(DuckDBConnectionStringBuilder.InMemoryConnectionString);

    public CodeListTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    [Fact]
    public void Codes_bind_as_one_varchar_list()
    {
        var row = connection.QuerySingle<(string, long)>("SELECT typeof($codes), len($codes)", new { codes = new CodeList(["540", "542"]) });

        Assert.Equal(("VARCHAR[]", 2L), row);
    }

    [Fact]
    public void Null_or_empty_binds_NULL_which_the_queries_read_as_all()
    {
        Assert.True(connection.ExecuteScalar<bool>("SELECT $codes IS NULL", new { codes = new CodeList(null) }));
        Assert.True(connection.ExecuteScalar<bool>("SELECT $codes IS NULL", new { codes = new CodeList([]) }));
    }

    [Fact]
    public void A_code_is_matched_as_data_never_as_SQL()
    {
        var codes = new CodeList(["52') OR true OR ('", "540"]);

        var matched = connection.Query<string>(
            "SELECT code FROM (VALUES ('52'), ('540'), ('543')) t(code) WHERE list_contains($codes, code)", new { codes });

        Assert.Equal(["540"], matched);
    }
}
