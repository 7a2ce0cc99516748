using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>The few looks an appendix sheet uses, in one place.</summary>
internal static class CellLook
{
    public static readonly XLColor GroupFill = XLColor.FromHtml("#D9D9D9");
    public static readonly XLColor NotApplicableFill = XLColor.FromHtml("#F2F2F2");

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        Grid(range);
    }

    public static void Grid(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    public static void Centered(IXLRange range, bool bold = false, bool italic = false, double size = 12)
    {
        range.Merge();
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
        range.Style.Font.Bold = bold;
        range.Style.Font.Italic = italic;
        range.Style.Font.FontSize = size;
    }
}
