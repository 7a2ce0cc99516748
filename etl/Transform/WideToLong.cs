using CCHC.Etl.Appendices;
using Microsoft.Data.Analysis;

namespace CCHC.Etl.Transform;

/// <summary>Turns an indicator table from its printed shape (one row per indicator, one column per year) into
/// long form (one row per indicator and year) with Microsoft.Data.Analysis: the wide frame has, per year, the raw
/// value, its number format and its cell address; melting keeps all three together so each fact stays traceable.</summary>
public static class WideToLong
{
    public const string Indicator = "indicator_code";
    public const string Measure = "unit_of_measure";
    public const string Year = "year";
    public const string Partial = "is_partial_year";
    public const string Raw = "raw";
    public const string Number = "number";
    public const string Format = "format";
    public const string Cell = "cell";

    public static DataFrame Wide(IndicatorTable table)
    {
        var frame = new DataFrame(
            new StringDataFrameColumn(Indicator, table.Rows.Select(r => r.Indicator.Code)),
            new StringDataFrameColumn(Measure, table.Rows.Select(r => r.Indicator.UnitOfMeasure)));
        foreach (var year in table.Header.Years)
        {
            RawCell? At(WideIndicatorRow r) => r.CellsByYear.GetValueOrDefault(year.Year);
            frame.Columns.Add(new StringDataFrameColumn($"{Raw}_{year.Year}", table.Rows.Select(r => TextOf(At(r)?.Value))));
            frame.Columns.Add(new DoubleDataFrameColumn($"{Number}_{year.Year}", table.Rows.Select(r => NumberOf(At(r)?.Value))));
            frame.Columns.Add(new StringDataFrameColumn($"{Format}_{year.Year}", table.Rows.Select(r => At(r)?.NumberFormat)));
            frame.Columns.Add(new StringDataFrameColumn($"{Cell}_{year.Year}", table.Rows.Select(r => At(r)?.Address)));
        }
        return frame;
    }

    /// <summary>Melts the per-year column groups into rows; cells that were empty produce no row.</summary>
    public static DataFrame Melt(DataFrame wide, IReadOnlyList<YearColumn> years)
    {
        var indicator = new StringDataFrameColumn(Indicator);
        var measure = new StringDataFrameColumn(Measure);
        var year = new Int32DataFrameColumn(Year);
        var partial = new BooleanDataFrameColumn(Partial);
        var raw = new StringDataFrameColumn(Raw);
        var number = new DoubleDataFrameColumn(Number);
        var format = new StringDataFrameColumn(Format);
        var cell = new StringDataFrameColumn(Cell);
        var codes = (StringDataFrameColumn)wide[Indicator];
        var measures = (StringDataFrameColumn)wide[Measure];

        foreach (var y in years)
        {
            var raws = (StringDataFrameColumn)wide[$"{Raw}_{y.Year}"];
            var numbers = (DoubleDataFrameColumn)wide[$"{Number}_{y.Year}"];
            var formats = (StringDataFrameColumn)wide[$"{Format}_{y.Year}"];
            var cells = (StringDataFrameColumn)wide[$"{Cell}_{y.Year}"];
            for (long i = 0; i < wide.Rows.Count; i++)
            {
                if (cells[i] is null) continue;
                indicator.Append(codes[i]);
                measure.Append(measures[i]);
                year.Append(y.Year);
                partial.Append(y.IsPartial);
                raw.Append(raws[i]);
                number.Append(numbers[i]);
                format.Append(formats[i]);
                cell.Append(cells[i]);
            }
        }
        return new DataFrame(indicator, measure, year, partial, raw, number, format, cell);
    }

    // Numbers travel in the number column; everything else as text, so a stray date or TRUE is rejected, not lost.
    static string? TextOf(object? value) => value switch
    {
        null or double or int or long or float or decimal => null,
        string s => s,
        bool b => b ? "TRUE" : "FALSE",
        DateTime d => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static double? NumberOf(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        float f => f,
        decimal m => (double)m,
        _ => null,
    };
}
