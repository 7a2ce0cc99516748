using SkiaSharp;

namespace CCHC.Dashboard.Export.Images;

internal enum LegendSymbol { Line, Box }

/// <summary>One entry of the legend: a line (with its marker) for a trend, a box for bars, slices and cells.</summary>
internal sealed record LegendItem(string Text, string Color, LegendSymbol Symbol, bool Thick = false);

/// <summary>The legend below the plot: entries side by side, flowing into centred rows.</summary>
internal static class SlideLegend
{
    const float SymbolWidth = 44;
    const float SymbolGap = 12;
    const float ItemGap = 40;
    const float RowGap = 10;

    /// <summary>The legend's height when laid out across <paramref name="width"/>; 0 without entries.</summary>
    public static float Height(SlideCanvas c, IReadOnlyList<LegendItem> items, float width) =>
        items.Count == 0 ? 0 : Rows(c, items, width).Count * RowHeight(c) - RowGap;

    /// <summary>Draws the legend with its top edge at <paramref name="top"/>.</summary>
    public static void Draw(SlideCanvas c, IReadOnlyList<LegendItem> items, float left, float right, float top)
    {
        var style = SlideTheme.Legend;
        var lineHeight = c.LineHeight(style);
        var y = top;
        foreach (var row in Rows(c, items, right - left))
        {
            var x = left + (right - left - row.Width) / 2;
            foreach (var (item, textWidth) in row.Items)
            {
                Symbol(c, item, x, y + lineHeight / 2);
                c.Text(item.Text, style, x + SymbolWidth + SymbolGap, y);
                x += SymbolWidth + SymbolGap + textWidth + ItemGap;
            }
            y += RowHeight(c);
        }
    }

    static float RowHeight(SlideCanvas c) => c.LineHeight(SlideTheme.Legend) + RowGap;

    static void Symbol(SlideCanvas c, LegendItem item, float x, float middle)
    {
        if (item.Symbol == LegendSymbol.Box)
        {
            c.Fill(new SKRect(x + 8, middle - 14, x + 36, middle + 14), item.Color, 3);
            return;
        }
        c.Line(x, middle, x + SymbolWidth, middle, item.Color, item.Thick ? 7 : 4);
        c.Circle(x + SymbolWidth / 2, middle, item.Thick ? 8 : 6, item.Color, item.Color, 2);
    }

    sealed record Row(List<(LegendItem Item, float TextWidth)> Items, float Width);

    static List<Row> Rows(SlideCanvas c, IReadOnlyList<LegendItem> items, float width)
    {
        var rows = new List<Row>();
        var current = new List<(LegendItem, float)>();
        float used = 0;
        foreach (var item in items)
        {
            var textWidth = c.Measure(item.Text, SlideTheme.Legend);
            var itemWidth = SymbolWidth + SymbolGap + textWidth;
            if (current.Count > 0 && used + ItemGap + itemWidth > width)
            {
                rows.Add(new Row(current, used));
                (current, used) = ([], 0);
            }
            used += (current.Count > 0 ? ItemGap : 0) + itemWidth;
            current.Add((item, textWidth));
        }
        if (current.Count > 0) rows.Add(new Row(current, used));
        return rows;
    }
}
