using ClosedXML.Excel;

namespace CCHC.Etl.Templates;

/// <summary>Data validation on a template's value cells, so a clerk's typo is caught in Excel rather than by the
/// loader weeks later. Messages are in Vietnamese: they are read by the clerk.</summary>
internal static class ValueValidation
{
    const string ErrorTitle = "Giá trị không hợp lệ";

    public static void Count(IXLRange range)
    {
        var v = range.SetDataValidation();
        v.WholeNumber.EqualOrGreaterThan(0);
        Messages(v, "Nhập số lượng (số nguyên ≥ 0)", "Số lượng phải là số nguyên không âm (0, 1, 2, …). Để trống nếu không có số liệu.");
    }

    public static void Percent(IXLRange range)
    {
        var v = range.SetDataValidation();
        v.Decimal.Between(0, 100);
        Messages(v, "Nhập tỷ lệ % (0–100)", "Tỷ lệ phải là số từ 0 đến 100 (ví dụ 98,5). Để trống nếu không có số liệu.");
    }

    public static void YesNo(IXLRange range)
    {
        var v = range.SetDataValidation();
        v.List("\"Có,Không\"", true); // a literal list needs the quotes in the formula, as Excel writes it
        Messages(v, "Chọn Có hoặc Không", "Chỉ chọn \"Có\" hoặc \"Không\".");
    }

    public static void Verdict(IXLRange range)
    {
        var v = range.SetDataValidation();
        v.List("\"Đạt,Không đạt\"", true);
        Messages(v, "Chọn Đạt hoặc Không đạt", "Chỉ chọn \"Đạt\" hoặc \"Không đạt\".");
    }

    public static void For(IXLRange range, string unitOfMeasure)
    {
        switch (unitOfMeasure)
        {
            case "count": Count(range); break;
            case "percent": Percent(range); break;
            case "yesno": YesNo(range); break;
        }
    }

    static void Messages(IXLDataValidation v, string input, string error)
    {
        v.IgnoreBlanks = true;
        v.ShowInputMessage = true;
        v.InputMessage = input;
        v.ShowErrorMessage = true;
        v.ErrorStyle = XLErrorStyle.Stop;
        v.ErrorTitle = ErrorTitle;
        v.ErrorMessage = error;
    }
}
