using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Tests.Charts;

public class ViNumberTests
{
    [Theory]
    [InlineData(1234.0, ValueFormat.Count, "1.234")]
    [InlineData(1234567.0, ValueFormat.Count, "1.234.567")]
    [InlineData(12.5, ValueFormat.Count, "12,5")]
    [InlineData(0.0, ValueFormat.Count, "0")]
    [InlineData(-0.04, ValueFormat.Count, "0")]
    [InlineData(-1234.0, ValueFormat.Count, "-1.234")]
    [InlineData(98.7, ValueFormat.Percent, "98,7 %")]
    [InlineData(98.65, ValueFormat.Percent, "98,7 %")]
    [InlineData(100.0, ValueFormat.Percent, "100 %")]
    [InlineData(0.15, ValueFormat.Percent, "0,2 %")]
    [InlineData(1.0, ValueFormat.YesNo, "Có")]
    [InlineData(0.0, ValueFormat.YesNo, "Không")]
    [InlineData(1234.567, ValueFormat.Number, "1.234,57")]
    [InlineData(double.NaN, ValueFormat.Count, "—")]
    public void Writes_numbers_as_a_Vietnamese_reader_does(double value, ValueFormat format, string expected) =>
        Assert.Equal(expected, ViNumber.Format(value, format));

    [Theory]
    [InlineData(ValueFormat.Count)]
    [InlineData(ValueFormat.Percent)]
    [InlineData(ValueFormat.YesNo)]
    [InlineData(ValueFormat.Number)]
    public void A_value_not_reported_is_a_dash_never_zero(ValueFormat format) =>
        Assert.Equal("—", ViNumber.Format(null, format));
}
