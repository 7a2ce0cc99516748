using CCHC.Dashboard.Charts.Definitions;

namespace CCHC.Dashboard.Tests.Charts;

public sealed class TargetShareChartTests
{
    [Fact]
    public void A_programme_with_no_target_judged_in_the_selection_is_an_empty_chart_not_a_ring_of_zeros()
    {
        var none = TargetCharts.Share("share-2011-2025", "2011-2025", "Tỉnh Bình Định tự đánh giá", achieved: 0, missed: 0, isSample: false);
        var some = TargetCharts.Share("share-2011-2025", "2011-2025", "Tỉnh Bình Định tự đánh giá", achieved: 15, missed: 7, isSample: false);

        Assert.True(none.IsEmpty);
        Assert.False(some.IsEmpty);
        Assert.Equal([15.0, 7.0], some.Series.Single().Points.Select(p => p.Value));
    }
}
