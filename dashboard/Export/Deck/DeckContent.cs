namespace CCHC.Dashboard.Export.Deck;

/// <summary>One chart slide: its title as text, the chart as a PNG, and the source line for the speaker notes.</summary>
/// <param name="PixelWidth">Width of <paramref name="Png"/> in pixels; with the height it keeps the picture's aspect ratio.</param>
/// <param name="IsSample">Tags the slide "Dữ liệu mẫu" when its figures are not official.</param>
public sealed record DeckSlide(string Title, byte[] Png, int PixelWidth, int PixelHeight, string Notes, bool IsSample = false);

/// <summary>A deck: a title slide, then one slide per chart.</summary>
/// <param name="IsSample">Puts the "DỮ LIỆU MẪU" warning on the title slide.</param>
public sealed record DeckContent(string Title, string Subtitle, string DateLine, IReadOnlyList<DeckSlide> Slides, bool IsSample);
