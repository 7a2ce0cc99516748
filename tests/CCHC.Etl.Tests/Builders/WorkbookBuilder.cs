using ClosedXML.Excel;

namespace CCHC.Etl.Tests.Builders;

/// <summary>Builds small workbooks in code, the way clerks lay them out, for reader tests.
/// Each row is an array of cell values (null = empty); strings starting "%" are written as a percent-formatted number.</summary>
public sealed class WorkbookBuilder
{
    readonly List<(string Name, List<object?[]> Rows, List<string> Merges)> sheets = [];

    public WorkbookBuilder Sheet(string name, params object?[][] rows)
    {
        sheets.Add((name, rows.ToList(), []));
        return this;
    }

    public WorkbookBuilder Merge(string range)
    {
        sheets[^1].Merges.Add(range);
        return this;
    }

    public string Save(string directory, string fileName)
    {
        using var wb = new XLWorkbook();
        foreach (var (name, rows, merges) in sheets)
        {
            var ws = wb.AddWorksheet(name);
            for (var r = 0; r < rows.Count; r++)
                for (var c = 0; c < rows[r].Length; c++)
                    Write(ws.Cell(r + 1, c + 1), rows[r][c]);
            foreach (var m in merges) ws.Range(m).Merge();
        }
        var path = Path.Combine(directory, fileName);
        wb.SaveAs(path);
        return path;
    }

    static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: return;
            case Percent p:
                cell.Value = p.Fraction;
                cell.Style.NumberFormat.Format = "0.0%";
                return;
            case double d: cell.Value = d; return;
            case int i: cell.Value = i; return;
            // SetValue keeps text as text; ClosedXML's Value setter would turn "1.270" into the number 1.27.
            default: cell.SetValue(value.ToString()); return;
        }
    }
}

/// <summary>A number stored as a fraction and shown with a percent format (0.981 shows as 98.1%).</summary>
public sealed record Percent(double Fraction);
