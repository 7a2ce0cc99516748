using CCHC.Etl.Values;

namespace CCHC.Etl.Tests.Values;

public class CellValueParserTests
{
    [Theory]
    [InlineData("98,7%", 98.7)]
    [InlineData("98,7 %", 98.7)]
    [InlineData("98.7%", 98.7)]
    [InlineData("98,7", 98.7)]
    [InlineData("100%", 100.0)]
    public void Percent_typed_as_text_reads_as_percent_points(string text, double expected) =>
        Assert.Equal(expected, CellValueParser.Parse(text, null, "percent").Value!.Value, 6);

    [Fact]
    public void Percent_formatted_cell_reads_as_percent_points() =>
        Assert.Equal(98.1, CellValueParser.Parse(0.981, "0.0%", "percent").Value!.Value, 6);

    [Fact]
    public void Plain_number_in_percent_row_is_taken_as_typed() =>
        Assert.Equal(98.7, CellValueParser.Parse(98.7, "General", "percent").Value!.Value, 6);

    [Theory]
    [InlineData("1.234", 1234)]
    [InlineData("12.345.678", 12345678)]
    [InlineData("1 234", 1234)]
    [InlineData(" 56 ", 56)]
    [InlineData("1,234", 1234)]
    public void Count_typed_as_text_with_thousands_separators_reads_whole(string text, double expected) =>
        Assert.Equal(expected, CellValueParser.Parse(text, null, "count").Value);

    [Theory]
    [InlineData("Có", 1)]
    [InlineData("có tổ chức", 1)]
    [InlineData("Không", 0)]
    [InlineData("Không xây dựng", 0)]
    [InlineData("x", 1)]
    public void Yes_no_reads_as_one_or_zero(string text, double expected) =>
        Assert.Equal(expected, CellValueParser.Parse(text, null, "yesno").Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    public void Empty_cell_is_not_reported_never_zero(string? text)
    {
        var parsed = CellValueParser.Parse(text, null, "count");
        Assert.True(parsed.IsEmpty);
    }

    [Theory]
    [InlineData("#DIV/0!", "lỗi công thức")]
    [InlineData("mười hai", "Không phải số")]
    [InlineData("-5", "âm")]
    [InlineData("2,5", "số nguyên")]
    public void Unreadable_count_gives_a_reason(string text, string reasonPart)
    {
        var parsed = CellValueParser.Parse(text, null, "count");
        Assert.Null(parsed.Value);
        Assert.Contains(reasonPart, parsed.Error);
    }

    [Fact]
    public void Percentage_over_one_hundred_is_rejected() =>
        Assert.Contains("100%", CellValueParser.Parse("120%", null, "percent").Error);
}
