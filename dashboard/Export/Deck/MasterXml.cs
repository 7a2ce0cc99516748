using static CCHC.Dashboard.Export.Deck.DeckStyle;

namespace CCHC.Dashboard.Export.Deck;

/// <summary>The slide master and its two layouts: the master carries the text styles, the layouts the places. Slides
/// repeat places and sizes on their own shapes, so they look the same however a renderer resolves inheritance; the
/// layouts serve the slides an analyst adds by hand.</summary>
internal static class MasterXml
{
    public const uint MasterId = 2147483648;
    public const string TitleLayoutRelationshipId = "rId1";
    public const string ChartLayoutRelationshipId = "rId2";
    public const string ThemeRelationshipId = "rId3";

    internal const string Namespaces = """
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
        """;

    internal const string GroupHeader = """
        <p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>
        <p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>
        """;

    internal const string ColorMap = """
        <p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3"
                  accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>
        """;

    public static string Master => $$"""
        <p:sldMaster {{Namespaces}}>
          <p:cSld>
            <p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>
            <p:spTree>
              {{GroupHeader}}
              {{Placeholder(2, "Title Placeholder 1", """<p:ph type="title"/>""", DeckGeometry.SlideTitle, "ctr", "Tiêu đề")}}
              {{Placeholder(3, "Text Placeholder 2", """<p:ph type="body" idx="1"/>""", DeckGeometry.ChartArea, "t", "Nội dung")}}
            </p:spTree>
          </p:cSld>
          {{ColorMap}}
          <p:sldLayoutIdLst>
            <p:sldLayoutId id="{{MasterId + 1}}" r:id="{{TitleLayoutRelationshipId}}"/>
            <p:sldLayoutId id="{{MasterId + 2}}" r:id="{{ChartLayoutRelationshipId}}"/>
          </p:sldLayoutIdLst>
          <p:txStyles>
            <p:titleStyle>{{Level1(SlideTitleSize, "tx2", bold: true, lineSpacing: 90, font: "mj")}}</p:titleStyle>
            <p:bodyStyle>{{Level1(2000, "tx1", bold: false, lineSpacing: 100, font: "mn")}}</p:bodyStyle>
            <p:otherStyle>{{Level1(1800, "tx1", bold: false, lineSpacing: 100, font: "mn")}}</p:otherStyle>
          </p:txStyles>
        </p:sldMaster>
        """;

    public static string TitleLayout => $$"""
        <p:sldLayout {{Namespaces}} type="title" preserve="1">
          <p:cSld name="Title Slide">
            <p:spTree>
              {{GroupHeader}}
              {{Placeholder(2, "Title 1", """<p:ph type="ctrTitle"/>""", DeckGeometry.DeckTitle, "b", "Tiêu đề bộ trình chiếu",
                  Level1(DeckTitleSize, "tx2", bold: true, lineSpacing: 90, font: "mj"))}}
              {{Placeholder(3, "Subtitle 2", """<p:ph type="subTitle" idx="1"/>""", DeckGeometry.Subtitle, "t", "Phụ đề",
                  Level1(SubtitleSize, Grey, bold: false, lineSpacing: 100, font: "mn"))}}
              <p:sp>
                <p:nvSpPr><p:cNvPr id="4" name="Accent bar"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>
                <p:spPr>{{DeckGeometry.AccentBar.Xfrm}}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                  <a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>
              </p:sp>
            </p:spTree>
          </p:cSld>
          <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>
        </p:sldLayout>
        """;

    public static string ChartLayout => $$"""
        <p:sldLayout {{Namespaces}} type="titleOnly" preserve="1">
          <p:cSld name="Title Only">
            <p:spTree>
              {{GroupHeader}}
              {{Placeholder(2, "Title 1", """<p:ph type="title"/>""", at: null, "ctr", "Tiêu đề biểu đồ")}}
            </p:spTree>
          </p:cSld>
          <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>
        </p:sldLayout>
        """;

    /// <summary>The presentation's fallback text style, for text that no master style reaches.</summary>
    public static string DefaultTextStyle => $$"""
        <p:defaultTextStyle {{Namespaces}}>
          <a:defPPr><a:defRPr lang="{{Language}}"/></a:defPPr>
          {{Level1(1800, "tx1", bold: false, lineSpacing: 100, font: "mn")}}
        </p:defaultTextStyle>
        """;

    static string Placeholder(int id, string name, string ph, EmuRect? at, string anchor, string prompt, string level1 = "") => $$"""
        <p:sp>
          <p:nvSpPr><p:cNvPr id="{{id}}" name="{{name}}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{{ph}}</p:nvPr></p:nvSpPr>
          <p:spPr>{{at?.Xfrm}}</p:spPr>
          <p:txBody>
            <a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{{anchor}}"><a:normAutofit/></a:bodyPr>
            <a:lstStyle>{{level1}}</a:lstStyle>
            <a:p><a:r><a:rPr lang="{{Language}}"/><a:t>{{prompt}}</a:t></a:r></a:p>
          </p:txBody>
        </p:sp>
        """;

    // A colour is a scheme name (tx1, tx2) or RRGGBB; a font is "mj" (headings) or "mn" (body) of the theme.
    static string Level1(int size, string color, bool bold, int lineSpacing, string font)
    {
        var fill = color.Length == 6 ? $"""<a:srgbClr val="{color}"/>""" : $"""<a:schemeClr val="{color}"/>""";
        return $$"""
            <a:lvl1pPr marL="0" indent="0" algn="l" defTabSz="914400">
              <a:lnSpc><a:spcPct val="{{lineSpacing * 1000}}"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>
              <a:defRPr lang="{{Language}}" sz="{{size}}" b="{{(bold ? 1 : 0)}}" kern="1200"><a:solidFill>{{fill}}</a:solidFill>
                <a:latin typeface="+{{font}}-lt"/><a:ea typeface="+{{font}}-ea"/><a:cs typeface="+{{font}}-cs"/></a:defRPr>
            </a:lvl1pPr>
            """;
    }
}
