using System.Globalization;
using System.Text.RegularExpressions;
using CCHC.Etl.Tests.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Tests.Samples;

/// <summary>Reads an indicator sheet back into (indicator, year) → number the way its clerk meant it. Deliberately
/// simple and independent of the ETL's reader: it checks what the writer wrote, not how the loader reads.</summary>
internal static partial class SampleTable
{
    public sealed record Cell(string Indicator, string UnitOfMeasure, int Year, double Value, string Raw);

    public static int? AppendixNumber(SheetCells sheet)
    {
        foreach (var (_, column, text) in sheet.Texts())
        {
            if (column != 0 || Title().Match(text) is not { Success: true } m) continue;
            var token = m.Groups[1].Value;
            return int.TryParse(token, out var n) ? n : Array.IndexOf(Roman, token);
        }
        return null;
    }

    static readonly string[] Roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

    public static IReadOnlyList<Cell> Read(SheetCells sheet, Catalogue catalogue, string appendixCode)
    {
        var header = Enumerable.Range(0, sheet.RowCount).First(r => sheet.Text(r, 0) == "STT");
        var years = new Dictionary<int, int>();
        var headerEnd = header;
        for (var c = 2; c < 12; c++)
            for (var r = header; r <= header + 1; r++)
                if (Year().Match(sheet.Text(r, c)) is { Success: true } m)
                {
                    years.TryAdd(c, int.Parse(m.Value, CultureInfo.InvariantCulture));
                    headerEnd = Math.Max(headerEnd, r);
                }
        // Rows come in catalogue order; matching from a cursor tells apart labels repeated under different parents
        // ("Tổng số được giao" under both staff totals of Phụ lục 5).
        var ordered = catalogue.Indicators.Where(i => i.AppendixCode == appendixCode).OrderBy(i => i.SortOrder).ToList();
        var cursor = 0;
        var cells = new List<Cell>();
        for (var r = headerEnd + 1; r < sheet.RowCount; r++)
        {
            var key = Key(sheet.Text(r, 1));
            var at = ordered.FindIndex(cursor, i => Key(i.Label) == key);
            if (at < 0) continue;
            var indicator = ordered[at];
            cursor = at + 1;
            foreach (var (column, year) in years)
            {
                var raw = sheet.Value(r, column);
                if (raw is null || raw is string s && s.Trim().Length == 0) continue;
                cells.Add(new Cell(indicator.Code, indicator.UnitOfMeasure, year, Parse(raw, sheet.Format(r, column), indicator.UnitOfMeasure), sheet.Text(r, column)));
            }
        }
        return cells;
    }

    public static string Key(string label) => Spaces().Replace(label, " ").Trim();

    static double Parse(object raw, string? format, string unitOfMeasure)
    {
        if (raw is double d) return unitOfMeasure == "percent" && format is not null && format.Contains('%') ? Math.Round(d * 100, 6) : d;
        var text = ((string)raw).Trim();
        if (text == "Có") return 1;
        if (text == "Không") return 0;
        if (unitOfMeasure == "percent") return double.Parse(text.TrimEnd('%').Trim().Replace(',', '.'), CultureInfo.InvariantCulture);
        return double.Parse(text.Replace(".", ""), CultureInfo.InvariantCulture); // vi-VN thousands dot
    }

    [GeneratedRegex(@"^PHỤ LỤC (\d+|[IVX]+)$")]
    private static partial Regex Title();

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
