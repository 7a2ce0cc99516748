using CCHC.Warehouse.Model;

namespace CCHC.Etl.Templates;

/// <summary>The text around an appendix table that says who reports and when: the issuer lines at the top, the
/// attachment line under the title, the place and date at the bottom (the reader keeps the newest submission by it).</summary>
/// <param name="IssuerLines">"UBND HUYỆN TÂY SƠN", or "UBND TỈNH BÌNH ĐỊNH" then "SỞ NỘI VỤ".</param>
/// <param name="UnitName">As written in Phụ lục 4's "Tỉnh, thành phố" column.</param>
public sealed record ReportHeading(IReadOnlyList<string> IssuerLines, string AttachmentLine, string DateLine, string UnitName)
{
    /// <summary>The heading of <paramref name="unit"/> (answered by <paramref name="department"/> for the province),
    /// for the report <paramref name="document"/>; with no document, the number and date are left blank to fill.</summary>
    public static ReportHeading For(Catalogue catalogue, Unit unit, Department? department, ReportDocument? document)
    {
        var year = AppendixYears.Of(catalogue).ReportYear;
        var committee = AdministrativeNames.PeoplesCommittee(catalogue, unit, year);
        var issuer = department is null
            ? new[] { AdministrativeNames.Upper(committee) }
            : [AdministrativeNames.Upper(committee), AdministrativeNames.Upper(department.Name)];
        var author = department?.Name ?? committee;
        var symbol = department is null ? "BC-UBND" : $"BC-{department.Code}";
        var place = unit.Name;

        // Templates keep the seed's blanks ("số      /BC-UBND", "ngày … tháng … năm 2020") for the clerk to fill.
        var attachment = document is null
            ? $"(Kèm theo Báo cáo số        /{symbol} ngày      /     /{year} của {author})"
            : $"(Kèm theo Báo cáo số {document.Number}/{symbol} ngày {document.Date.Day}/{document.Date.Month}/{document.Date.Year} của {author})";
        var dateLine = document is null
            ? $"{place}, ngày … tháng … năm {year}"
            : $"{place}, ngày {document.Date.Day} tháng {document.Date.Month} năm {document.Date.Year}";
        return new ReportHeading(issuer, attachment, dateLine, unit.Name);
    }
}
