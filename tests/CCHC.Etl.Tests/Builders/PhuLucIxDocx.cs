namespace CCHC.Etl.Tests.Builders;

/// <summary>The real Phụ lục IX as the Word report holds it, built line for line from data/sources/phu_luc_ix_2025.tsv
/// (the text of seed 004): its title lines as paragraphs, and each page's part of the table as a table of its own
/// that starts with the header row again (marked tblHeader), a hard page break between the parts. The seven
/// "Không đạt" stay under "Kết quả đạt được" with "Đánh giá" empty, as in the document.</summary>
public static class PhuLucIxDocx
{
    public static string SourceTsv => Path.Combine(Repo.Root, "data", "sources", "phu_luc_ix_2025.tsv");

    public static DocxBuilder AppendTo(DocxBuilder document)
    {
        var part = new List<DocxRow>();
        foreach (var line in File.ReadAllLines(SourceTsv))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 4)
            {
                var cells = fields.Take(4).Select(f => (DocxCell)f).ToArray();
                part.Add(fields[0] == "STT" ? DocxRow.Header(cells) : DocxRow.Of(cells));
                continue;
            }
            if (part.Count > 0)
            {
                // A blank line after table rows is where the page broke.
                document.Table([.. part]).PageBreak();
                part.Clear();
                continue;
            }
            document.Paragraphs(line);
        }
        if (part.Count > 0) document.Table([.. part]);
        return document;
    }
}
