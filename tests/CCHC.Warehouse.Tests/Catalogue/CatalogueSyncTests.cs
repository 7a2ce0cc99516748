using Dapper;

namespace CCHC.Warehouse.Tests;

public sealed class CatalogueSyncTests : IDisposable
{
    private readonly TempWarehouse temp = new();
    private readonly WarehouseDatabase db;

    public CatalogueSyncTests() => db = temp.OpenForWrite();

    public void Dispose()
    {
        db.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void First_sync_fills_every_dimension()
    {
        Assert.True(CatalogueSync.Apply(db.Connection, TestCatalogue.Build()));

        Assert.Equal(3L, Count("dim_unit"));
        Assert.Equal(4L, Count("dim_unit_kind"));
        Assert.Equal(2L, Count("dim_department"));
        Assert.Equal(3L, Count("dim_area"));
        Assert.Equal(4L, Count("dim_appendix"));
        Assert.Equal(4L, Count("dim_indicator"));
        Assert.Equal(2L, Count("dim_target"));
        Assert.Equal(2L, Count("dim_org_measure"));
        Assert.Equal("catalogue-v1", CatalogueSync.StoredHash(db.Connection));
        Assert.Equal(
            "huyện Hoài Nhơn;thị xã Hoài Nhơn",
            db.Connection.ExecuteScalar<string>("SELECT array_to_string(aliases, ';') FROM dim_unit WHERE unit_code = '543'"));
        Assert.Null(db.Connection.ExecuteScalar<int?>("SELECT from_year FROM dim_unit_kind WHERE unit_code = '543' AND kind = 'huyện'"));
        Assert.Equal(2019, db.Connection.ExecuteScalar<int?>("SELECT to_year FROM dim_unit_kind WHERE unit_code = '543' AND kind = 'huyện'"));
    }

    [Fact]
    public void Same_hash_leaves_the_dimensions_untouched()
    {
        CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
        // A mark the sync would erase if it rewrote the table.
        db.Connection.Execute("UPDATE dim_unit SET unit_name = 'marked' WHERE unit_code = '540'");

        Assert.False(CatalogueSync.Apply(db.Connection, TestCatalogue.Build()));

        Assert.Equal("marked", db.Connection.ExecuteScalar<string>("SELECT unit_name FROM dim_unit WHERE unit_code = '540'"));
    }

    [Fact]
    public void New_hash_replaces_the_dimensions_whole()
    {
        CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
        var next = TestCatalogue.Build("catalogue-v2");
        var smaller = next with { Units = next.Units.Where(unit => unit.Code != TestCatalogue.QuyNhon).ToList() };

        Assert.True(CatalogueSync.Apply(db.Connection, smaller));

        Assert.Equal(2L, Count("dim_unit"));
        Assert.Equal(4L, Count("dim_indicator"));
        Assert.Equal("catalogue-v2", CatalogueSync.StoredHash(db.Connection));
    }

    [Fact]
    public void A_failing_sync_keeps_the_previous_catalogue()
    {
        CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
        var next = TestCatalogue.Build("catalogue-v2");
        var broken = next with { Units = [.. next.Units, next.Units[0]] }; // a repeated unit code breaks dim_unit's key

        Assert.ThrowsAny<Exception>(() => CatalogueSync.Apply(db.Connection, broken));

        Assert.Equal(3L, Count("dim_unit"));
        Assert.Equal("catalogue-v1", CatalogueSync.StoredHash(db.Connection));
    }

    private long Count(string table) =>
        db.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}"); // table names are this test's constants
}
