using CCHC.Etl.Matching;

namespace CCHC.Etl.Tests.Matching;

public class TextKeyTests
{
    [Theory]
    [InlineData("1.  Tổng số  TTHC của tỉnh", "tong so tthc cua tinh")]
    [InlineData("- Số lượng TTHC cấp tỉnh", "so luong tthc cap tinh")]
    [InlineData("Hiện đại hoá hành chính", "hien dai hoa hanh chinh")]
    [InlineData("Hiện đại hóa\nhành chính", "hien dai hoa hanh chinh")]
    [InlineData("a) Số lượng", "so luong")]
    public void Label_ignores_numbering_case_spacing_and_tone_placement(string label, string expected) =>
        Assert.Equal(expected, TextKey.Label(label));

    [Theory]
    [InlineData("PL3_TaySon.xlsx", "pl 3 tay son")]
    [InlineData("phu-luc-5-quy-nhon.xlsx", "phu luc 5 quy nhon")]
    public void File_names_split_into_words(string name, string expected) =>
        Assert.Equal(expected, TextKey.FoldFileName(name));
}
