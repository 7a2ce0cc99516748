using System.Globalization;
using CCHC.Etl.Values;
using CCHC.Warehouse.Model;
using Microsoft.Data.Analysis;

namespace CCHC.Etl.Transform;

/// <summary>Types the long frame: each raw cell becomes a number in the indicator's unit (percent points,
/// counts, 1/0) or a reject naming its cell. Booleans and dates, which ExcelDataReader also returns, arrive as text.</summary>
public static class FactCoercion
{
    public static (IReadOnlyList<IndicatorFact> Facts, IReadOnlyList<RowReject> Rejects) Coerce(DataFrame longFrame, string sheet)
    {
        var facts = new List<IndicatorFact>();
        var rejects = new List<RowReject>();
        var codes = (StringDataFrameColumn)longFrame[WideToLong.Indicator];
        var measures = (StringDataFrameColumn)longFrame[WideToLong.Measure];
        var years = (Int32DataFrameColumn)longFrame[WideToLong.Year];
        var partial = (BooleanDataFrameColumn)longFrame[WideToLong.Partial];
        var raws = (StringDataFrameColumn)longFrame[WideToLong.Raw];
        var numbers = (DoubleDataFrameColumn)longFrame[WideToLong.Number];
        var formats = (StringDataFrameColumn)longFrame[WideToLong.Format];
        var cells = (StringDataFrameColumn)longFrame[WideToLong.Cell];

        for (long i = 0; i < longFrame.Rows.Count; i++)
        {
            object? raw = numbers[i] is { } n ? n : raws[i];
            var parsed = CellValueParser.Parse(raw, formats[i], measures[i]!);
            if (parsed.Error is not null)
                rejects.Add(new RowReject(sheet, cells[i], parsed.Error, codes[i], years[i]));
            else if (parsed.Value is { } value)
                facts.Add(new IndicatorFact(codes[i]!, years[i]!.Value, value, partial[i] ?? false, RawText(raw, formats[i]), cells[i]!));
        }
        return (facts, rejects);
    }

    static string RawText(object? raw, string? format) => raw switch
    {
        double d when format is { Length: > 0 } f && f != "General" => $"{d.ToString("R", CultureInfo.InvariantCulture)} [{f}]",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => raw?.ToString() ?? "",
    };
}
