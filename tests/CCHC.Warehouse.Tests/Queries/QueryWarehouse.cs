using CCHC.Warehouse.Model;
using CCHC.Warehouse.Queries;

namespace CCHC.Warehouse.Tests;

/// <summary>
/// A small warehouse whose every answer is known, read through the query layer as the dashboard reads it. The test
/// catalogue plus Hoài Ân (544), a yes/no and a province-only indicator of Phụ lục 1, and Phụ lục IX with 3 targets.
/// Quy Nhơn reports PL1/PL3/PL8 with a 2020 first-quarter column; Hoài Nhơn PL1/PL3/PL8 (target 2 left unjudged) and
/// PL4; Hoài Ân only PL1, without the yes/no row, after a superseded draft that had it; the province PL1 through SNV
/// and PL9, both real; every district file is sample. A file is rejected whole, and a cell of Hoài Ân's.
/// </summary>
public sealed class QueryWarehouse : IDisposable
{
    public const string HoaiAn = "544";

    private readonly TempWarehouse temp = new();

    public QueryWarehouse()
    {
        using (var db = temp.OpenForWrite())
        {
            CatalogueSync.Apply(db.Connection, Catalogue());
            var loader = new FileLoader(db.Connection);
            foreach (var file in Files()) loader.Apply(file.Build());
        }
        Reader = new WarehouseReader(temp.Path);
        Queries = new DashboardQueries(Reader);
    }

    public string Path => temp.Path;

    public WarehouseReader Reader { get; }

    public DashboardQueries Queries { get; }

    public void Dispose() => temp.Dispose();

    public static Catalogue Catalogue()
    {
        var test = TestCatalogue.Build();
        return test with
        {
            Units = [.. test.Units, new Unit(HoaiAn, "Hoài Ân", "district", "plain", ["huyện Hoài Ân"])],
            UnitKinds = [.. test.UnitKinds, new UnitKindPeriod(HoaiAn, "huyện", null, null)],
            Appendices = [.. test.Appendices, new Appendix("PL9", 9, "Mục tiêu 2011-2025", "target", "2011-2025", null, ["SNV"])],
            Period = new ReportingPeriod(2015, 2020, 2020, "31/3"),
            Indicators =
            [
                .. test.Indicators,
                new Indicator("PL1.2", "PL1", "2", "Có tổ chức cuộc thi CCHC", null, "CDDH", "yesno", "SNV", "both", 2),
                new Indicator("PL1.3", "PL1", "3", "Số sở, ngành được kiểm tra", null, "CDDH", "count", "SNV", "province", 3),
            ],
            Targets =
            [
                .. test.Targets,
                new Target("PL9.1", "2011-2025", "PL9", 1, "Chỉ đạo điều hành thống nhất", "CDDH"),
                new Target("PL9.2", "2011-2025", "PL9", 2, "100% TTHC trực tuyến toàn trình", "TTHC"),
                new Target("PL9.3", "2011-2025", "PL9", 3, "Một cửa liên thông hiện đại", "TTHC"),
            ],
        };
    }

    private static IEnumerable<FileBuilder> Files()
    {
        yield return new FileBuilder("quy-nhon.xlsx")
            .With(new SubmissionBuilder("PL1", TestCatalogue.QuyNhon).Sample().ReportedOn(2020, 4, 10)
                .Indicator("PL1.1", 2018, 4).Indicator("PL1.1", 2019, 6).Indicator("PL1.1", 2020, 2, partial: true)
                .Indicator("PL1.2", 2019, 1).Indicator("PL1.2", 2020, 1, partial: true))
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Sample().ReportedOn(2020, 4, 10)
                .Indicator("PL3.1.1", 2019, 300).Indicator("PL3.1.2", 2019, 90))
            .With(new SubmissionBuilder("PL8", TestCatalogue.QuyNhon).Sample().Target("PL8.1", true).Target("PL8.2", false));
        yield return new FileBuilder("hoai-nhon.xlsx")
            .With(new SubmissionBuilder("PL1", TestCatalogue.HoaiNhon).Sample().ReportedOn(2020, 4, 12)
                .Indicator("PL1.1", 2019, 10).Indicator("PL1.2", 2019, 0))
            .With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Sample().ReportedOn(2020, 4, 12)
                .Indicator("PL3.1.1", 2018, 100).Indicator("PL3.1.1", 2019, 120).Indicator("PL3.1.2", 2019, 80))
            .With(new SubmissionBuilder("PL8", TestCatalogue.HoaiNhon).Sample().Target("PL8.1", true))
            .With(new SubmissionBuilder("PL4", TestCatalogue.HoaiNhon).Sample()
                .OrgCount("PL4.III.1", "2011-2020", 3).OrgCount("PL4.I.1", "2011-2020", 12).OrgCount("PL4.I.1", "2001-2010", 14));
        yield return new FileBuilder("hoai-an-nhap.xlsx")
            .With(new SubmissionBuilder("PL1", HoaiAn).Sample().ReportedOn(2020, 3, 1).Indicator("PL1.1", 2019, 1).Indicator("PL1.2", 2019, 1));
        yield return new FileBuilder("hoai-an.xlsx")
            .With(new SubmissionBuilder("PL1", HoaiAn).Sample().ReportedOn(2020, 4, 15).Indicator("PL1.1", 2019, 5, "E8")
                .Reject("E9", "Không phải số: 'có'"));
        yield return new FileBuilder("snv.xlsx")
            .With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("SNV").ReportedOn(2020, 4, 1)
                .Indicator("PL1.1", 2019, 50).Indicator("PL1.3", 2019, 7));
        yield return new FileBuilder("phu-luc-ix.xlsx")
            .With(new SubmissionBuilder("PL9", TestCatalogue.Province).ReportedOn(2025, 6, 30)
                .Target("PL9.1", true).Target("PL9.2", false).Target("PL9.3", true));
        yield return new FileBuilder("scan.xlsx").RejectedBecause("Không phải bảng tính");
    }
}
