using static CCHC.Dashboard.Export.Deck.DeckStyle;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>The theme: the deck's colours as scheme colours and Arial as both theme fonts, so text an analyst adds
/// later matches; flat fills and no effects.</summary>
internal static class ThemeXml
{
    public const string Name = "CCHC";

    // Accents 2–6 are the Okabe-Ito colours the charts use, so a shape drawn on a slide matches the bars.
    public static string Theme => $$"""
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="{{Name}}">
          <a:themeElements>
            <a:clrScheme name="{{Name}}">
              <a:dk1><a:srgbClr val="{{Ink}}"/></a:dk1>
              <a:lt1><a:srgbClr val="{{Paper}}"/></a:lt1>
              <a:dk2><a:srgbClr val="{{Navy}}"/></a:dk2>
              <a:lt2><a:srgbClr val="{{PaleGrey}}"/></a:lt2>
              <a:accent1><a:srgbClr val="{{Navy}}"/></a:accent1>
              <a:accent2><a:srgbClr val="{{SampleOrange}}"/></a:accent2>
              <a:accent3><a:srgbClr val="56B4E9"/></a:accent3>
              <a:accent4><a:srgbClr val="009E73"/></a:accent4>
              <a:accent5><a:srgbClr val="D55E00"/></a:accent5>
              <a:accent6><a:srgbClr val="CC79A7"/></a:accent6>
              <a:hlink><a:srgbClr val="0563C1"/></a:hlink>
              <a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
            </a:clrScheme>
            <a:fontScheme name="{{Name}}">
              <a:majorFont><a:latin typeface="{{Font}}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
              <a:minorFont><a:latin typeface="{{Font}}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
            </a:fontScheme>
            <a:fmtScheme name="{{Name}}">
              <a:fillStyleLst>{{Repeat3("""<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>""")}}</a:fillStyleLst>
              <a:lnStyleLst>
                <a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
                <a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
                <a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
              </a:lnStyleLst>
              <a:effectStyleLst>{{Repeat3("<a:effectStyle><a:effectLst/></a:effectStyle>")}}</a:effectStyleLst>
              <a:bgFillStyleLst>{{Repeat3("""<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>""")}}</a:bgFillStyleLst>
            </a:fmtScheme>
          </a:themeElements>
          <a:objectDefaults/>
          <a:extraClrSchemeLst/>
        </a:theme>
        """;

    // The schema asks for at least three styles in each list, for subtle, moderate and intense.
    static string Repeat3(string style) => style + style + style;
}
