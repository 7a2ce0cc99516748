namespace CCHC.Etl.Tests.Builders;

/// <summary>The top of a Phụ lục 3 as a district clerk fills it in: issuer, title, attachment line, header.</summary>
public static class Appendix3
{
    public static object?[][] Top(string issuer = "UBND HUYỆN TÂY SƠN", string date = "ngày 15/4/2020") =>
    [
        [issuer],
        [null],
        ["PHỤ LỤC 3"],
        ["Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính"],
        [$"(Kèm theo Báo cáo số 45/BC-UBND {date} của {issuer})"],
        ["STT", "Chỉ tiêu", "Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm\n2020\n(Tính đến 31/3)"],
    ];

    public static object?[][] With(params object?[][] rows) => [.. Top(), .. rows];
}
