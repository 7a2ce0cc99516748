using CCHC.Dashboard.Charts.Model;

namespace CCHC.Dashboard.Charts.Apex;

public static partial class ApexOptionsBuilder
{
    const int LabelBand = 18;

    /// <summary>Trends over years: one line per unit, gaps where nothing was reported, the partial year dashed and
    /// marked, its points hollow.</summary>
    static ApexOptions Line(ChartSpec spec)
    {
        var colors = spec.Series.Select(ChartColors.Of).ToList();
        var series = spec.Series.Select((s, i) => ToSeries(spec, s, colors[i])).ToList();
        var partialIndex = spec.PartialCategory is { } partial ? IndexOf(spec.Categories, partial) : -1;
        var partialIsLast = partialIndex >= 0 && partialIndex == spec.Categories.Count - 1;

        var common = Common(spec, "line", series);
        var hollow = series.SelectMany((s, si) => s.Data
                .Select((p, pi) => (p, pi))
                .Where(x => x.p.Meta?.IsPartial == true && x.p.Y is not null)
                .Select(x => new ApexDiscreteMarker(si, x.pi, FillColor: "#FFFFFF", StrokeColor: colors[si], Size: 5)))
            .ToList();

        return common with
        {
            Colors = colors,
            Xaxis = new ApexXAxis
            {
                Categories = spec.Categories,
                Labels = AxisLabels(ApexFunction.Year),
                Title = XAxisTitle(spec.XAxisTitle),
                Tooltip = new ApexToggle(false), // ApexCharts writes it with innerHTML; our tooltip names the year
            },
            Yaxis = ValueAxis(spec, fromZero: false),
            Stroke = new ApexStroke { Width = 3, Curve = "straight" },
            Markers = new ApexMarkers { Size = 5, StrokeWidth = 2, Discrete = hollow },
            // The segment into the partial year is dashed: it is a quarter, not a fall.
            ForecastDataPoints = new ApexForecastDataPoints(partialIsLast ? 1 : 0, DashArray: 6),
            Annotations = new ApexAnnotations(partialIndex < 0 ? [] :
            [
                new ApexXAxisAnnotation(spec.Categories[partialIndex], BorderColor: "#999999", StrokeDashArray: 4,
                    new ApexAnnotationLabel(spec.PartialLabel(spec.Categories[partialIndex]), BorderColor: "#999999",
                        Orientation: "horizontal", Position: "top", TextAnchor: partialIsLast ? "end" : "middle",
                        OffsetY: -LabelBand, new ApexAnnotationStyle(Background: "#FFFFFF", Color: "#333333", FontSize: AxisFontSize))),
            ]),
            // The label sits in a band above the plot, where it covers no point (sparklines are short).
            Grid = common.Grid! with { Padding = DefaultPadding with { Top = partialIndex < 0 ? 0 : LabelBand } },
            DataLabels = new ApexDataLabels { Enabled = false },
            // ApexCharts makes line markers clickable (dataPointSelection) only with an intersecting tooltip.
            Tooltip = common.Tooltip! with { Intersect = true },
        };
    }

    /// <summary>A ranking, in the order given. One series over units is coloured per unit; values labelled vi-VN.</summary>
    static ApexOptions Bar(ChartSpec spec, bool horizontal)
    {
        var colors = spec.Series.Select(ChartColors.Of).ToList();
        var perUnit = ChartColors.PerCategory(spec);
        var series = spec.Series.Select((s, i) =>
            ToSeries(spec, s, colors[i], perUnit is null ? null : (ci, _) => perUnit[ci])).ToList();

        return Common(spec, "bar", series) with
        {
            Colors = colors,
            PlotOptions = new ApexPlotOptions
            {
                Bar = new ApexBarOptions
                {
                    Horizontal = horizontal,
                    BorderRadius = 2,
                    BarHeight = "70%",
                    ColumnWidth = "60%",
                    DataLabels = new ApexBarDataLabels("top"),
                },
            },
            DataLabels = ValueLabels(spec, horizontal),
            // Room for the value written past the end of the longest bar.
            Grid = new ApexGrid(GridColor, horizontal
                ? DefaultPadding with { Right = 56, Top = spec.Reference is null ? 0 : LabelBand }
                : DefaultPadding with { Top = 16 }),
            Xaxis = new ApexXAxis
            {
                Categories = spec.Categories,
                // ApexCharts takes a horizontal bar chart's value limits from the x axis.
                Min = horizontal ? spec.ValueAxisFrom : null,
                Labels = AxisLabels(horizontal ? ValueFormatter(spec.Format) : ApexFunction.Text),
                Title = XAxisTitle(horizontal ? spec.YAxisTitle : spec.XAxisTitle),
                Tooltip = new ApexToggle(false),
            },
            Yaxis = horizontal
                ? new ApexYAxis { Labels = AxisLabels(ApexFunction.WrappedText) with { MaxWidth = 220 }, Title = AxisTitle(spec.XAxisTitle) }
                : ValueAxis(spec, fromZero: true) with { Min = spec.ValueAxisFrom ?? 0 },
            Annotations = new ApexAnnotations(spec.Reference is { } line && horizontal ? [ReferenceAnnotation(line)] : []),
            Subtitle = Note(spec),
        };
    }

    /// <summary>The mean as a dashed line across the bars, named at its top.</summary>
    static ApexXAxisAnnotation ReferenceAnnotation(ReferenceLine line) =>
        new(line.Value, BorderColor: Palette.Reference, StrokeDashArray: 5,
            new ApexAnnotationLabel(line.Label, BorderColor: Palette.Reference, Orientation: "horizontal", Position: "top",
                TextAnchor: "middle", OffsetY: -LabelBand, new ApexAnnotationStyle(Background: "#FFFFFF", Color: "#333333", FontSize: AxisFontSize)));

    /// <summary>Achieved and missed targets by area: Đạt first (blue), Không đạt second (orange).</summary>
    static ApexOptions StackedBar(ChartSpec spec)
    {
        var colors = spec.Series.Select(ChartColors.Stacked).ToList();
        var series = spec.Series.Select((s, i) => ToSeries(spec, s, colors[i])).ToList();
        var common = Common(spec, "bar", series);

        return common with
        {
            Chart = common.Chart with { Stacked = true },
            Colors = colors,
            // Horizontal: area names are long and read better on the left than slanted under columns.
            PlotOptions = new ApexPlotOptions
            {
                Bar = new ApexBarOptions
                {
                    Horizontal = true,
                    BorderRadius = 0,
                    BarHeight = "65%",
                    ColumnWidth = "60%",
                    DataLabels = new ApexBarDataLabels("center"),
                },
            },
            DataLabels = new ApexDataLabels
            {
                Enabled = true,
                Formatter = ValueFormatter(spec.Format),
                // White reads on the blue, dark on the orange.
                Style = new ApexFontStyle { FontSize = AxisFontSize, Colors = colors.Select(ChartColors.ContrastText).ToList() },
                OffsetX = 0,
                OffsetY = 0,
                DropShadow = new ApexToggle(false),
                Background = LabelBox with { Enabled = false },
            },
            Xaxis = new ApexXAxis
            {
                Categories = spec.Categories,
                Labels = AxisLabels(ValueFormatter(spec.Format)),
                Title = XAxisTitle(spec.YAxisTitle),
                Tooltip = new ApexToggle(false),
            },
            Yaxis = new ApexYAxis { Labels = AxisLabels(ApexFunction.WrappedText) with { MaxWidth = 220 }, Title = AxisTitle(spec.XAxisTitle) },
            Legend = common.Legend! with { Show = true, ShowForSingleSeries = true },
            Subtitle = Note(spec),
        };
    }

    /// <summary>Units × indicators. Colours from <see cref="Palette.Sequential"/> by value range; a cell nobody
    /// reported is grey "không báo cáo", never the colour of zero.</summary>
    /// <remarks>ApexCharts compares a heat-map value with its ranges as <c>value &gt;= from</c>, and in JavaScript
    /// <c>null &gt;= 0</c> is true: a null cell would take the colour of zero. So a missing cell is sent as a value
    /// below every real one (<see cref="NotReportedValue"/>) that only the grey range covers; its meta says
    /// <c>notReported</c>, its label is "—", and the tooltip and a click report no value.</remarks>
    static ApexOptions Heatmap(ChartSpec spec)
    {
        // The colour follows the cell's shade (its standing) where it has one; the label and tooltip keep the value.
        var values = spec.Series.SelectMany(s => s.Points).Select(HeatmapScale.ShadeOf).OfType<double>().ToList();
        var missing = NotReportedValue(values);
        var series = spec.Series.Select(s =>
        {
            var apex = ToSeries(spec, s, Palette.Sequential[^1]);
            var shades = s.Points.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => HeatmapScale.ShadeOf(g.First()));
            return apex with
            {
                Data = apex.Data.Select(p => p with { Y = shades.GetValueOrDefault(p.X) ?? missing }).ToList(),
                Dimmed = spec.Highlighted is { Count: > 0 } marked && !marked.Contains(s.Key ?? "") ? true : null,
            };
        }).ToList();
        var anyMissing = series.Any(s => s.Data.Any(p => p.Meta?.NotReported == true));

        var ranges = HeatmapScale.Of(spec).Ranges
            .Select(r => new ApexColorRange(r.From, r.To, r.Color, r.TextColor, r.Name)).ToList();
        if (anyMissing)
            ranges.Add(new ApexColorRange(missing, missing, Palette.NotReported, "#333333", HeatmapScale.NotReportedName));

        var common = Common(spec, "heatmap", series);
        return common with
        {
            Colors = [Palette.Sequential[^1]],
            PlotOptions = new ApexPlotOptions
            {
                Heatmap = new ApexHeatmapOptions(EnableShades: false, Radius: 2, new ApexColorScale(ranges)),
            },
            DataLabels = new ApexDataLabels
            {
                // A value fits in a cell up to about eight columns; past that the colour, the tooltip and the table
                // view carry it, rather than labels spilling over their neighbours.
                Enabled = spec.Categories.Count <= MaxLabelledHeatmapColumns,
                Formatter = ApexFunction.PointLabel,
                Style = new ApexFontStyle { FontSize = AxisFontSize },
            },
            Stroke = new ApexStroke { Width = 1, Colors = ["#FFFFFF"] },
            Xaxis = new ApexXAxis
            {
                Categories = spec.Categories,
                Labels = AxisLabels(ApexFunction.Text),
                Title = XAxisTitle(spec.XAxisTitle),
                Tooltip = new ApexToggle(false),
            },
            // Rows top to bottom in the order given (ApexCharts draws the first series at the bottom otherwise).
            Yaxis = new ApexYAxis { Reversed = true, Labels = AxisLabels(ApexFunction.Text) with { MaxWidth = 220 }, Title = AxisTitle(spec.YAxisTitle) },
            Legend = common.Legend! with { Show = true, ShowForSingleSeries = true },
            Subtitle = Note(spec),
        };
    }

    public const int MaxLabelledHeatmapColumns = 8;

    /// <summary>The value a not-reported heat-map cell is drawn with: below every real value.</summary>
    public static double NotReportedValue(IReadOnlyCollection<double> values) =>
        Math.Floor(Math.Min(0, values.Count == 0 ? 0 : values.Min())) - 1;

    /// <summary>Achieved vs missed: the slices are the first series' points in category order (Đạt, Không đạt, and
    /// "không báo cáo" if the page adds it); a slice with no value is left out.</summary>
    static ApexOptions Donut(ChartSpec spec)
    {
        var source = spec.Series.Count > 0 ? spec.Series[0] : new ChartSeries("", []);
        var byCategory = source.Points.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.First());
        var slices = spec.Categories
            .Select((category, i) => (category, i, point: byCategory.GetValueOrDefault(category)))
            .Where(x => x.point?.Value is not null)
            .ToList();
        var series = new ApexSeries(source.Name,
            slices.Select(x => new ApexDataPoint(x.category, x.point!.Value) { Meta = Meta(spec, x.category, x.point) }).ToList())
        {
            Key = source.Key,
        };
        var common = Common(spec, "donut", [series]);
        return common with
        {
            Colors = slices.Select(x => ChartColors.Slice(x.i)).ToList(),
            PlotOptions = new ApexPlotOptions { Pie = new ApexPieOptions(new ApexDonut("60%", new ApexDonutLabels(false))) },
            DataLabels = new ApexDataLabels { Enabled = true, Formatter = ApexFunction.ViPercent, DropShadow = new ApexToggle(false) },
            Stroke = new ApexStroke { Width = 2, Colors = ["#FFFFFF"] },
            Legend = common.Legend! with { Show = true, ShowForSingleSeries = true },
            Subtitle = Note(spec),
        };
    }

    static ApexDataLabels ValueLabels(ChartSpec spec, bool horizontal) => new()
    {
        Enabled = true,
        Formatter = ValueFormatter(spec.Format),
        Style = new ApexFontStyle { FontSize = AxisFontSize, Colors = ["#333333"] },
        // Past the bar end; ApexCharts moves a label that would leave the plot inside the bar, so it sits on a
        // light box: the colour of the bar never decides whether it can be read.
        OffsetX = horizontal ? 30 : 0,
        OffsetY = horizontal ? 0 : -20,
        DropShadow = new ApexToggle(false),
        Background = LabelBox,
    };

    static readonly ApexLabelBackground LabelBox = new(true, BackgroundColor: "#FFFFFF", ForeColor: "#1A1A1A",
        Opacity: 0.85, BorderWidth: 0, BorderRadius: 2, Padding: 3);

    static ApexTitle Note(ChartSpec spec) => HasPartial(spec)
        ? new ApexTitle(PartialYearNote(spec), "left", new ApexFontStyle { FontSize = AxisFontSize, Color = MutedColor })
        : new ApexTitle("");


    static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }
}
