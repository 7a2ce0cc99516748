using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

public sealed class ReportingQueryTests(QueryWarehouse warehouse) : IClassFixture<QueryWarehouse>
{
    private DashboardQueries Queries => warehouse.Queries;

    [Fact]
    public async Task Status_sums_up_what_the_warehouse_holds()
    {
        var status = await Queries.StatusAsync();

        Assert.Equal(
            (6L, 1L, 15L, 6L, 3L, 4L, (int?)2018, (int?)2020, true, true, false),
            (status.Files, status.RejectedFiles, status.IndicatorFacts, status.TargetFacts, status.OrgCountFacts, status.Units,
             status.FirstYear, status.LastYear, status.HasSample, status.HasOfficial, status.IsEmpty));
        Assert.InRange(status.LastLoadedAt!.Value, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task An_empty_warehouse_has_a_status_too()
    {
        using var temp = new TempWarehouse();
        temp.OpenForWrite().Dispose();

        Assert.Equal(new DataStatus(0, 0, 0, 0, 0, 0, null, null, false, false, null, 0),
            await new DashboardQueries(new WarehouseReader(temp.Path)).StatusAsync());
    }

    [Fact]
    public async Task Reporting_lists_every_unit_and_appendix_it_is_asked_for()
    {
        var reporting = await Queries.ReportingAsync();

        // 4 units × PL1, PL3, PL4, PL8, and PL9 for the province alone.
        Assert.Equal(17, reporting.Count);
        Assert.Equal(["PL1", "PL3", "PL4", "PL8", "PL9"], reporting.Where(row => row.UnitCode == "52").Select(row => row.Appendix));
        Assert.Equal(new ReportingStatus("52", "Bình Định", "PL1", "Chỉ đạo, điều hành", true, 1, new DateOnly(2020, 4, 1), false), reporting[0]);
        Assert.Equal(new ReportingStatus("544", "Hoài Ân", "PL1", "Chỉ đạo, điều hành", true, 1, new DateOnly(2020, 4, 15), true), reporting[13]);
        Assert.Equal(new ReportingStatus("544", "Hoài Ân", "PL3", "Thủ tục hành chính", false, 0, null, false), reporting[14]);
    }

    [Fact]
    public async Task Missing_appendices_are_those_the_reporting_page_shows_unreported()
    {
        Assert.Equal(["PL3", "PL4", "PL8"], (await Queries.MissingAppendicesAsync(QueryWarehouse.HoaiAn)).Select(appendix => appendix.Code));
        Assert.Equal(["PL3", "PL4", "PL8"], (await Queries.MissingAppendicesAsync(TestCatalogue.Province)).Select(appendix => appendix.Code));
        Assert.Empty(await Queries.MissingAppendicesAsync("999"));

        var reporting = await Queries.ReportingAsync();
        foreach (var unit in await Queries.UnitsAsync())
            Assert.Equal(
                reporting.Where(row => row.UnitCode == unit.Code && !row.Reported).Select(row => row.Appendix),
                (await Queries.MissingAppendicesAsync(unit.Code)).Select(appendix => appendix.Code));
    }

    [Fact]
    public async Task Completeness_covers_the_years_asked_for_province_first()
    {
        var cells = await Queries.CompletenessAsync(2019, 2019);

        Assert.Equal(
            [
                new CompletenessCell("52", "Bình Định", "PL1", 2019, true, 2, 0),
                new CompletenessCell("52", "Bình Định", "PL3", 2019, false, 0, 0),
                new CompletenessCell("540", "Quy Nhơn", "PL1", 2019, true, 2, 2),
                new CompletenessCell("540", "Quy Nhơn", "PL3", 2019, true, 2, 2),
                new CompletenessCell("543", "Hoài Nhơn", "PL1", 2019, true, 2, 2),
                new CompletenessCell("543", "Hoài Nhơn", "PL3", 2019, true, 2, 2),
                new CompletenessCell("544", "Hoài Ân", "PL1", 2019, true, 1, 1),
                new CompletenessCell("544", "Hoài Ân", "PL3", 2019, false, 0, 0),
            ],
            cells);
    }

    [Fact]
    public async Task Loads_come_newest_first_with_what_each_file_holds_now()
    {
        var loads = await Queries.LoadsAsync();

        Assert.Equal(
            ["scan.xlsx", "phu-luc-ix.xlsx", "snv.xlsx", "hoai-an.xlsx", "hoai-an-nhap.xlsx", "hoai-nhon.xlsx", "quy-nhon.xlsx"],
            loads.Select(load => load.FileName));
        Assert.Equal(("rejected", "Không phải bảng tính"), (loads[0].Status, loads[0].RejectReason));
        Assert.Equal((1L, 0L, 0L, 0L), (loads[4].Submissions, loads[4].ActiveSubmissions, loads[4].IndicatorFacts, loads[4].Rejects));
        Assert.Equal((4L, 5L, 3L, 0L), (loads[5].ActiveSubmissions, loads[5].IndicatorFacts, loads[5].OrgCountFacts, loads[5].Rejects));
        Assert.Equal(new DateTime(2020, 5, 1, 8, 0, 0), loads[6].ModifiedUtc);
    }

    [Fact]
    public async Task Submissions_show_which_report_replaced_the_draft()
    {
        var submissions = await Queries.SubmissionsAsync();

        Assert.Equal(11, submissions.Count);
        Assert.Equal("phu-luc-ix.xlsx", submissions[0].SourceFile);
        var draft = Assert.Single(submissions, submission => submission.Status == "superseded");
        Assert.Equal(("hoai-an-nhap.xlsx", "hoai-an.xlsx", "Hoài Ân", new DateOnly(2020, 3, 1)),
            (draft.SourceFile, draft.SupersededByFile, draft.UnitName, draft.ReportDate));
        Assert.Equal(("SNV", "Sở Nội vụ"), (submissions[1].DepartmentCode, submissions[1].DepartmentName));
    }

    [Fact]
    public async Task Rejects_come_newest_first()
    {
        var rejects = await Queries.RejectsAsync();

        Assert.Equal(
            [("scan.xlsx", null, null, "Không phải bảng tính"), ("hoai-an.xlsx", "PL1", "E9", "Không phải số: 'có'")],
            rejects.Select(reject => (reject.SourceFile, reject.SourceSheet, reject.SourceCell, reject.Reason)));
    }
}
