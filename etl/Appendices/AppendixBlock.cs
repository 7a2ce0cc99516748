using CCHC.Etl.Reading;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>The rows of one sheet that hold one appendix: from its "PHỤ LỤC n" title to the next title or the end.</summary>
public sealed record AppendixBlock(Appendix Appendix, SheetGrid Sheet, int TitleRow, int EndRow, string TitleCell);
