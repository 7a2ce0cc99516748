namespace CCHC.Warehouse.Tests;

/// <summary>
/// A warehouse loaded with a bit of everything the views must survive: a superseded draft, two departments reporting
/// the same province value, Hoài Nhơn across its change of kind, targets, Phụ lục 4, a sample, row and file rejects.
/// Opened read-only afterwards, as the dashboard will.
/// </summary>
public sealed class LoadedWarehouse : IDisposable
{
    private readonly TempWarehouse temp = new();

    public LoadedWarehouse()
    {
        using (var db = temp.OpenForWrite())
        {
            CatalogueSync.Apply(db.Connection, TestCatalogue.Build());
            var loader = new FileLoader(db.Connection);
            foreach (var file in Files()) loader.Apply(file.Build());
        }
        Db = temp.OpenReadOnly();
    }

    public WarehouseDatabase Db { get; }

    public void Dispose()
    {
        Db.Dispose();
        temp.Dispose();
    }

    private static IEnumerable<FileBuilder> Files()
    {
        var hoaiNhon = new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon).Sheet("PL3 - Hoài Nhơn").ReportedOn(2020, 4, 15)
            .Reject("E20", "Not a number: 'đang cập nhật'");
        for (var year = 2015; year <= 2020; year++)
            hoaiNhon.Indicator("PL3.1.1", year, 100 + year - 2015, partial: year == 2020)
                .Indicator("PL3.1.2", year, 90 + year - 2015, partial: year == 2020);

        yield return new FileBuilder("hoai-nhon-draft.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.HoaiNhon)
            .ReportedOn(2020, 3, 1).Indicator("PL3.1.1", 2019, 1).Indicator("PL3.1.1", 2014, 1));
        yield return new FileBuilder("hoai-nhon-2020.xlsx")
            .With(hoaiNhon)
            .With(new SubmissionBuilder("PL8", TestCatalogue.HoaiNhon).Target("PL8.1", true, "F9").Target("PL8.2", false, "F10"))
            .With(new SubmissionBuilder("PL4", TestCatalogue.HoaiNhon).OrgCount("PL4.I.1", "2001-2010", 14, "C9")
                .OrgCount("PL4.I.1", "2011-2020", 12, "D9").OrgCount("PL4.III.1", "2011-2020", 3, "D10"));
        yield return new FileBuilder("quy-nhon.xlsx")
            .With(new SubmissionBuilder("PL3", TestCatalogue.QuyNhon).Indicator("PL3.1.1", 2019, 300))
            .With(new SubmissionBuilder("PL1", TestCatalogue.QuyNhon).Indicator("PL1.1", 2019, 4))
            .With(new SubmissionBuilder("PL8", TestCatalogue.QuyNhon).Target("PL8.1", false));
        yield return new FileBuilder("snv.xlsx").With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("SNV")
            .ReportedOn(2020, 4, 1).Indicator("PL1.1", 2019, 5).Indicator("PL1.1", 2018, 4));
        yield return new FileBuilder("vpubnd.xlsx").With(new SubmissionBuilder("PL1", TestCatalogue.Province).Department("VPUBND")
            .ReportedOn(2020, 4, 10).Indicator("PL1.1", 2019, 7));
        yield return new FileBuilder("mau-tinh.xlsx").With(new SubmissionBuilder("PL3", TestCatalogue.Province).Sample()
            .Indicator("PL3.1.1", 2017, 40).Indicator("PL3.1.2", 2017, 80));
        yield return new FileBuilder("scan.pdf.xlsx").RejectedBecause("Not a workbook");
    }
}
