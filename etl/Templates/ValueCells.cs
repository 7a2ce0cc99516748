using System.Globalization;
using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Writes a value the way the sheet's clerk types it. Text is always set through SetValue&lt;string&gt;:
/// ClosedXML 0.95 would otherwise turn "1." or "2015" into numbers.</summary>
internal static class ValueCells
{
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string CountFormat = "#,##0";
    public const string PointsFormat = "0.0";

    public static void Indicator(IXLCell cell, string unitOfMeasure, double value, SheetStyle style)
    {
        switch (unitOfMeasure)
        {
            case "percent": Percent(cell, value, style.Percents); break;
            case "yesno": YesNo(cell, value, style.YesNo); break;
            default: Count(cell, value, style.Counts); break;
        }
    }

    public static void Count(IXLCell cell, double value, CountText style)
    {
        if (style == CountText.TextWithThousandsDot)
        {
            cell.SetValue(value.ToString("#,##0", Vietnamese));
            return;
        }
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = CountFormat;
    }

    static void Percent(IXLCell cell, double points, PercentText style)
    {
        switch (style)
        {
            case PercentText.FractionFormatted:
                cell.SetValue(Math.Round(points / 100, 4));
                cell.Style.NumberFormat.Format = "0.0%";
                break;
            case PercentText.TextWithComma:
                cell.SetValue(points.ToString("0.#", Vietnamese) + "%");
                break;
            case PercentText.TextWithCommaAndSpace:
                cell.SetValue(points.ToString("0.#", Vietnamese) + " %");
                break;
            default:
                cell.SetValue(points);
                cell.Style.NumberFormat.Format = PointsFormat;
                break;
        }
    }

    static void YesNo(IXLCell cell, double value, YesNoText style)
    {
        if (style == YesNoText.Words) cell.SetValue(value >= 0.5 ? "Có" : "Không");
        else cell.SetValue(value >= 0.5 ? 1 : 0);
    }

    /// <summary>STT as printed: a bare integer is a number in the clerk's sheet, "1." and "-" are text.</summary>
    public static void Stt(IXLCell cell, string stt)
    {
        if (stt.Length == 0) return;
        if (int.TryParse(stt, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) cell.SetValue(n);
        else cell.SetValue(stt);
    }
}
