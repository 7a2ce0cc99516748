using CCHC.Dashboard.Export;
using CCHC.Dashboard.Export.Images;

namespace CCHC.Dashboard.Tests.Export;

public sealed class ImageSizeParsingTests
{
    [Theory]
    [InlineData(null, 1920, 1080)]
    [InlineData("", 1920, 1080)]
    [InlineData("4k", 3840, 2160)]
    [InlineData("4K", 3840, 2160)]
    [InlineData("960x540", 960, 540)]
    public void A_size_is_full_HD_by_default_4K_on_request_or_as_given(string? text, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), ExportEndpoints.ParseSize(text));

    [Theory]
    [InlineData("huge")]
    [InlineData("100000x100000")]
    [InlineData("10x10")]
    [InlineData("1920x")]
    public void A_size_out_of_bounds_or_unreadable_is_refused(string text) =>
        Assert.Null(ExportEndpoints.ParseSize(text));
}
