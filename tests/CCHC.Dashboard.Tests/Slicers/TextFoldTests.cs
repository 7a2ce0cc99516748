using CCHC.Dashboard.Components.Shared;

namespace CCHC.Dashboard.Tests.Slicers;

public class TextFoldTests
{
    [Theory]
    [InlineData("dung hen", "Tỷ lệ hồ sơ giải quyết đúng hẹn")]
    [InlineData("ĐÚNG  HẸN", "tỷ lệ đúng hẹn")]
    [InlineData("3.5.2", "3.5.2 · Kết quả giải quyết hồ sơ TTHC")]
    [InlineData("", "anything")]
    public void A_search_typed_with_or_without_diacritics_finds_the_label(string search, string label) =>
        Assert.True(TextFold.Matches(label, search));

    [Fact]
    public void The_search_is_one_phrase_not_words_scattered_over_the_label() =>
        Assert.False(TextFold.Matches("Xây dựng chuyên mục cải cách hành chính", "dung han"));
}
