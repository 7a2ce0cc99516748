using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>Each view states its grain; these pin it as jaffle-shop does: the key is unique and never null.</summary>
public sealed class ViewGrainTests(LoadedWarehouse warehouse) : IClassFixture<LoadedWarehouse>
{
    // Identifiers cannot be parameters; these are the test's own constants.
    [Theory]
    [InlineData("v_indicator_value", "unit_code, indicator_code, year")]
    [InlineData("v_target_evaluation", "programme, target_no, unit_code")]
    [InlineData("v_org_count", "unit_code, measure_code, period")]
    [InlineData("v_completeness", "unit_code, appendix, year")]
    [InlineData("v_submission", "submission_id")]
    [InlineData("v_load", "load_id")]
    public void Key_is_unique_and_not_null(string view, string key)
    {
        var connection = warehouse.Db.Connection;
        var rows = connection.ExecuteScalar<long>($"SELECT count(*) FROM {view}");
        var distinctKeys = connection.ExecuteScalar<long>($"SELECT count(*) FROM (SELECT DISTINCT {key} FROM {view})");
        var nullKeys = connection.ExecuteScalar<long>(
            $"SELECT count(*) FROM {view} WHERE {string.Join(" OR ", key.Split(", ").Select(column => column + " IS NULL"))}");

        Assert.True(rows > 0, $"{view} is empty, so the test proves nothing");
        Assert.Equal(rows, distinctKeys);
        Assert.Equal(0L, nullKeys);
    }
}
