namespace CCHC.Etl.Templates;

/// <summary>How one appendix sheet is typed. The defaults are the seed's layout as a template fills it; the other
/// values are the habits of real clerks, which the sample data spreads across units so the reader meets them all.</summary>
public sealed record SheetStyle
{
    public TitleNumerals Numerals { get; init; } = TitleNumerals.Arabic;
    public YearHeader YearHeader { get; init; } = YearHeader.OneLine;
    public CountText Counts { get; init; } = CountText.Number;
    public PercentText Percents { get; init; } = PercentText.Points;
    public YesNoText YesNo { get; init; } = YesNoText.Digits;
    public LabelText Labels { get; init; } = LabelText.AsCatalogued;

    /// <summary>An empty row before each numbered top-level row, as clerks space out long tables.</summary>
    public bool BlankRowBeforeSections { get; init; }

    /// <summary>Repeat the (one-row) header after this many table rows, at a page break, as printed tables do.</summary>
    public int? RepeatHeaderAfter { get; init; }

    /// <summary>An extra "Ghi chú" column at the right.</summary>
    public bool NoteColumn { get; init; }

    /// <summary>Data validation on value cells (templates); clerks' own files carry none.</summary>
    public bool Validation { get; init; }
}

/// <summary>"PHỤ LỤC 3" or "PHỤ LỤC III".</summary>
public enum TitleNumerals { Arabic, Roman }

/// <summary>"Năm 2020 (Tính đến 31/3)" in one line, the seed's "Năm\n2020\n(Tính đến 31/3)", or "Năm" merged over
/// a second header row of bare years.</summary>
public enum YearHeader { OneLine, LineBreaks, TwoRows }

/// <summary>A count as a number, or typed as text with vi-VN thousands dots ("1.234").</summary>
public enum CountText { Number, TextWithThousandsDot }

/// <summary>98.7 as a plain number; 0.987 formatted 0.0%; text "98,7%"; text "98,7 %".</summary>
public enum PercentText { Points, FractionFormatted, TextWithComma, TextWithCommaAndSpace }

/// <summary>Yes/no as 1/0 or as "Có"/"Không".</summary>
public enum YesNoText { Digits, Words }

/// <summary>Labels as the catalogue has them, with doubled spaces, or wrapped with a line break.</summary>
public enum LabelText { AsCatalogued, DoubledSpaces, Wrapped }
