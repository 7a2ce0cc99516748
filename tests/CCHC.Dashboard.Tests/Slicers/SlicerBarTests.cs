using CCHC.Dashboard.Components.Shared;
using CCHC.Dashboard.Slicers;

namespace CCHC.Dashboard.Tests.Slicers;

public class SlicerBarTests : BunitContext
{
    static readonly IReadOnlyList<SlicerOption> Units = [new("540", "Quy Nhơn"), new("547", "Tây Sơn")];
    /// <summary>A page's selection knows the report's years (the shipped catalogue's: 2015–2020, 2020 to 31/3).</summary>
    static readonly Selection Default = Selection.Default.In(new ReportYears(2015, 2020, 2020, "31/3"));

    [Fact]
    public void Clicking_a_unit_chip_selects_it()
    {
        Selection? changed = null;
        var bar = Render<SlicerBar>(p => p.Add(b => b.Selection, Default).Add(b => b.Units, Units)
            .Add(b => b.SelectionChanged, s => changed = s));

        bar.Find("button[data-unit='547']").Click();

        Assert.Equal(["547"], changed!.Units);
    }

    [Fact]
    public void Changing_the_first_year_moves_the_range()
    {
        Selection? changed = null;
        var bar = Render<SlicerBar>(p => p.Add(b => b.Selection, Default).Add(b => b.SelectionChanged, s => changed = s));

        bar.Find("select[data-slicer='from']").Change("2017");

        Assert.Equal((2017, 2020), (changed!.FromYear, changed.ToYear));
    }

    [Fact]
    public void Unticking_the_first_quarter_leaves_2020_out()
    {
        Selection? changed = null;
        var bar = Render<SlicerBar>(p => p.Add(b => b.Selection, Default).Add(b => b.SelectionChanged, s => changed = s));

        bar.Find("input[data-slicer='q1']").Change(false);

        Assert.False(changed!.IncludePartial);
    }

    [Fact]
    public void Reset_returns_to_the_default_and_is_disabled_when_nothing_is_filtered()
    {
        Selection? changed = null;
        var filtered = Default with { Units = ["547"], FromYear = 2018 };
        var bar = Render<SlicerBar>(p => p.Add(b => b.Selection, filtered).Add(b => b.SelectionChanged, s => changed = s));

        bar.Find("button[data-slicer='reset']").Click();
        Assert.Equal(Selection.Default, changed);

        var idle = Render<SlicerBar>(p => p.Add(b => b.Selection, Default));
        Assert.True(idle.Find("button[data-slicer='reset']").HasAttribute("disabled"));
    }

    [Fact]
    public void The_year_pickers_list_the_reports_years_and_name_its_partial_year()
    {
        var bar = Render<SlicerBar>(p => p.Add(b => b.Selection, Default));
        Assert.Equal(["2015", "2016", "2017", "2018", "2019", "2020 (đến 31/3)"], bar.FindAll("select[data-slicer='to'] option").Select(o => o.TextContent));
        Assert.Contains("Gồm quý I/2020", bar.Find("label.toggle").TextContent);

        var other = Render<SlicerBar>(p => p.Add(b => b.Selection, Selection.Default.In(new ReportYears(2021, 2023))));
        Assert.Equal(["2021", "2022", "2023"], other.FindAll("select[data-slicer='to'] option").Select(o => o.TextContent));
        Assert.Empty(other.FindAll("input[data-slicer='q1']"));
    }

    [Fact]
    public void A_selected_unit_shows_as_pressed()
    {
        var bar = Render<SlicerBar>(p => p.Add(b => b.Selection, Default with { Units = ["540"] }).Add(b => b.Units, Units));

        Assert.Equal("true", bar.Find("button[data-unit='540']").GetAttribute("aria-pressed"));
        Assert.Equal("false", bar.Find("button[data-unit='547']").GetAttribute("aria-pressed"));
    }
}
