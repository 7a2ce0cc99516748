namespace CCHC.Dashboard.Export.Deck;

/// <summary>The notes master: PowerPoint will not open notes pages without one. A picture of the slide above, the
/// presenter's notes below, in 12 pt.</summary>
internal static class NotesMasterXml
{
    public const string ThemeRelationshipId = "rId1";

    public static string NotesMaster => $$"""
        <p:notesMaster {{MasterXml.Namespaces}}>
          <p:cSld>
            <p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>
            <p:spTree>
              {{MasterXml.GroupHeader}}
              <p:sp>
                <p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/>
                  <p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>
                <p:spPr>{{DeckGeometry.NotesSlideImage.Xfrm}}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>
                  <a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr>
              </p:sp>
              <p:sp>
                <p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/>
                  <p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr>
                <p:spPr>{{DeckGeometry.NotesBody.Xfrm}}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>
                <p:txBody><a:bodyPr vert="horz" wrap="square" anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/>
                  <a:p><a:r><a:rPr lang="{{DeckStyle.Language}}"/><a:t>Ghi chú</a:t></a:r></a:p></p:txBody>
              </p:sp>
            </p:spTree>
          </p:cSld>
          {{MasterXml.ColorMap}}
          <p:notesStyle>
            <a:lvl1pPr marL="0" indent="0" algn="l" defTabSz="914400">
              <a:defRPr lang="{{DeckStyle.Language}}" sz="{{DeckStyle.NotesSize}}" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>
                <a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr>
            </a:lvl1pPr>
          </p:notesStyle>
        </p:notesMaster>
        """;
}
