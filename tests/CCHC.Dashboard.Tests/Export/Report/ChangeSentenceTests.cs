using CCHC.Dashboard.Export.Report;

namespace CCHC.Dashboard.Tests.Export.Report;

/// <summary>The rules of the 2015→2019 sentence on small made-up figures.</summary>
public class ChangeSentenceTests
{
    static YearFigure Of(int year, double? value, params string[] missing) =>
        new(year, value, value is null ? "Chưa có báo cáo" : "Tổng của 11/11 đơn vị cấp huyện", missing);

    // The sentence keeps "%" on the line of its figure with a no-break space; read here as a plain one.
    static string Sentence(string unit, double? from, double? to) =>
        ChangeSentence.For("Chỉ tiêu", unit, Of(2015, from), Of(2019, to)).Replace('\u00A0', ' ');

    [Fact]
    public void A_rate_that_rises_is_said_in_percentage_points_with_a_decimal_comma()
    {
        Assert.Equal("Chỉ tiêu: tăng 12,7 điểm %, từ 80,1 % năm 2015 lên 92,8 % năm 2019.", Sentence("percent", 80.1, 92.8));
    }

    [Fact]
    public void A_rate_that_falls_is_said_as_a_decrease_in_points()
    {
        Assert.Equal("Chỉ tiêu: giảm 4,5 điểm %, từ 97 % năm 2015 xuống 92,5 % năm 2019.", Sentence("percent", 97, 92.5));
    }

    [Fact]
    public void A_count_is_said_in_units_and_per_cent_of_the_first_year_with_thousands_dots()
    {
        Assert.Equal("Chỉ tiêu: tăng 250 (20 %), từ 1.250 năm 2015 lên 1.500 năm 2019.", Sentence("count", 1250, 1500));
        Assert.Equal("Chỉ tiêu: giảm 3 (37,5 %), từ 8 năm 2015 xuống 5 năm 2019.", Sentence("count", 8, 5));
    }

    [Fact]
    public void A_count_from_zero_gives_the_increase_without_a_per_cent()
    {
        Assert.Equal("Chỉ tiêu: tăng 5, từ 0 năm 2015 lên 5 năm 2019.", Sentence("count", 0, 5));
    }

    [Fact]
    public void Equal_figures_are_said_unchanged()
    {
        Assert.Equal("Chỉ tiêu: không đổi, 10 cả năm 2015 và năm 2019.", Sentence("count", 10, 10));
        Assert.Equal("Chỉ tiêu: không đổi, 98,7 % cả năm 2015 và năm 2019.", Sentence("percent", 98.7, 98.7));
    }

    [Fact]
    public void A_yes_no_indicator_says_which_answer_changed()
    {
        Assert.Equal("Chỉ tiêu: chuyển từ \"Không\" năm 2015 sang \"Có\" năm 2019.", Sentence("yesno", 0, 1));
    }

    [Fact]
    public void A_missing_year_is_named_with_its_reason_and_no_change_is_made_up()
    {
        var sentence = ChangeSentence.For("Chỉ tiêu", "percent",
            new YearFigure(2015, null, "Không cộng từ các huyện (quy tắc tổng hợp: không)", []), Of(2019, 92.8)).Replace('\u00A0', ' ');

        Assert.Equal("Chỉ tiêu: chưa so sánh được, năm 2015 chưa có số liệu của tỉnh (không cộng từ các huyện (quy tắc tổng hợp: không)); năm 2019: 92,8 %.", sentence);
        Assert.DoesNotContain("tăng", sentence);
    }

    [Fact]
    public void A_figure_made_short_of_some_units_says_which_ones()
    {
        var sentence = ChangeSentence.For("Chỉ tiêu", "count", Of(2015, 100), Of(2019, 80, "An Lão", "Vân Canh"));

        Assert.StartsWith("Chỉ tiêu: giảm 20 (20", sentence);
        Assert.EndsWith("(lưu ý: năm 2019 thiếu số liệu của 2 đơn vị (An Lão, Vân Canh)).", sentence);
    }

    [Fact]
    public void A_percent_sign_never_starts_a_line()
    {
        Assert.DoesNotContain(" %", ChangeSentence.For("Chỉ tiêu", "percent", Of(2015, 80.1), Of(2019, 92.8)));
    }
}
