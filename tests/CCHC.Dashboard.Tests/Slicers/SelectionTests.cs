using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Tests.Slicers;

public class SelectionTests
{
    /// <summary>The shipped catalogue's years: 2015–2020, 2020 to 31/3.</summary>
    static readonly ReportYears Years2015To2020 = new(2015, 2020, 2020, "31/3");

    [Fact]
    public void A_selection_survives_the_round_trip_through_the_url()
    {
        var selection = new Selection { FromYear = 2016, ToYear = 2019, Units = ["540", "547"], Area = "TTHC", Indicator = "PL3.5.2", IncludePartial = false, Programme = "2011-2025" };

        var query = selection.ToQuery();

        Assert.Equal("?from=2016&to=2019&units=540%2C547&area=TTHC&indicator=PL3.5.2&q1=0&programme=2011-2025", query);
        Assert.Equal(selection, Selection.FromQuery(query));
    }

    [Fact]
    public void A_picked_out_unit_and_the_ranking_order_survive_the_url_and_an_unknown_order_is_dropped()
    {
        var selection = Selection.FromQuery("?highlight=540&sort=asc");

        Assert.Equal(("540", "asc"), (selection.Highlight, selection.Sort));
        Assert.Equal(selection, Selection.FromQuery(selection.ToQuery()));
        Assert.Null(Selection.FromQuery("?sort=random").Sort);
    }

    [Fact]
    public void Clicking_the_picked_out_unit_again_lets_it_go_and_marked_units_join_the_slicers()
    {
        var picked = Selection.Default.ToggleHighlight("540");

        Assert.Equal("540", picked.Highlight);
        Assert.Null(picked.ToggleHighlight("540").Highlight);
        Assert.Equal(["547", "540"], (picked with { Units = ["547"] }).Marked);
        Assert.Equal(["540"], (picked with { Units = ["540"] }).Marked);
    }

    [Fact]
    public void The_default_selection_has_an_empty_query() => Assert.Equal("", Selection.Default.ToQuery());

    [Theory]
    [InlineData("?from=1999&to=3000", 2015, 2020)]
    [InlineData("?from=2019&to=2016", 2016, 2019)]
    [InlineData("?from=abc", 2015, 2020)]
    public void Unreadable_or_reversed_years_fall_back_sensibly(string query, int from, int to)
    {
        var s = Selection.FromQuery(query).In(Years2015To2020);
        Assert.Equal((from, to), (s.FromYear, s.ToYear));
    }

    [Fact]
    public void Another_reports_years_bound_the_selection_and_its_partial_year_is_the_one_left_out()
    {
        var years = new ReportYears(2021, 2025, 2025, "30/6");

        var s = Selection.FromQuery("?from=2016&to=2024").In(years);

        Assert.Equal((2021, 2024), (s.FromYear, s.ToYear));
        Assert.Equal("?to=2024", s.ToQuery());
        Assert.Equal(2024, (Selection.Default.In(years) with { IncludePartial = false }).EffectiveToYear);
        Assert.Equal("Năm 2021–2025 (2025 tính đến 30/6) · Tất cả đơn vị", SelectionText.Describe(Selection.Default.In(years), c => c));
        Assert.Equal("Năm 2021–2024 (không gồm 6 tháng đầu năm 2025)",
            SelectionText.Describe(Selection.Default.In(years) with { IncludePartial = false }, c => c, withUnits: false));
    }

    [Fact]
    public void A_selection_without_the_reports_years_cannot_say_which_years_it_draws() =>
        Assert.Throws<InvalidOperationException>(() => Selection.Default.FromYear);

    [Fact]
    public void Codes_that_are_not_catalogue_shaped_are_dropped_from_the_url() =>
        Assert.Equal(["547"], Selection.FromQuery("?units=547,<script>,'1=1").Units);

    [Fact]
    public void Leaving_out_the_first_quarter_ends_the_years_at_2019()
    {
        Assert.Equal(2019, (Selection.Default.In(Years2015To2020) with { IncludePartial = false }).EffectiveToYear);
        Assert.Equal(2020, Selection.Default.In(Years2015To2020).EffectiveToYear);
    }

    [Fact]
    public void Toggling_a_unit_adds_then_removes_it()
    {
        var once = Selection.Default.ToggleUnit("547");
        Assert.Equal(["547"], once.Units);
        Assert.Empty(once.ToggleUnit("547").Units);
    }

    [Fact]
    public void The_description_says_what_a_visual_is_filtered_by()
    {
        var s = new Selection { FromYear = 2016, ToYear = 2020, Units = ["547"], Years = Years2015To2020 };
        Assert.Equal("Năm 2016–2020 (2020 tính đến 31/3) · Đơn vị: Tây Sơn", SelectionText.Describe(s, _ => "Tây Sơn"));
    }
}
