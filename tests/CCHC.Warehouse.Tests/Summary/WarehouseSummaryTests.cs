namespace CCHC.Warehouse.Tests;

public sealed class WarehouseSummaryTests(LoadedWarehouse warehouse) : IClassFixture<LoadedWarehouse>
{
    [Fact]
    public void Summary_counts_what_the_warehouse_holds_now()
    {
        var summary = WarehouseSummary.Read(warehouse.Db.Connection);

        Assert.Equal(
            new WarehouseSummary(
                FilesLoaded: 6, FilesRejected: 1, ActiveSubmissions: 9, SupersededSubmissions: 1,
                IndicatorFacts: 18, TargetFacts: 3, OrgCountFacts: 3, Rejects: 2,
                Units: 3, Appendices: 4, Years: 6, FirstYear: 2015, LastYear: 2020),
            summary);
    }

    [Fact]
    public void An_empty_warehouse_summarises_to_zeros()
    {
        using var temp = new TempWarehouse();
        using var db = temp.OpenForWrite();

        Assert.Equal(new WarehouseSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null), WarehouseSummary.Read(db.Connection));
    }
}
