using CCHC.Etl.Reading;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.LegacyText;

/// <summary>Turns text typed in a legacy Vietnamese code (TCVN3, VNI) back into Unicode before anything matches it, and
/// says so in a note per sheet. A cell is converted when its font is a legacy one; in a workbook that names no such
/// font (the font lost by a copy, a CSV, an old program's export) when its sheet as a whole reads as one legacy code by
/// the characters it holds. Text that holds a character no 8-bit code gives (a real "ộ") is Unicode and never touched.</summary>
public static class LegacyTextRepair
{
    // A sheet is taken for a legacy code on its characters alone only with this much evidence, and little for the other
    // code: one stray "µ" in a unit name is no reason to rewrite a sheet.
    const int MinEvidence = 3;

    public static WorkbookContent Repair(WorkbookContent workbook, CellFonts fonts)
    {
        var notes = new List<LoadNote>(workbook.Notes);
        var sheets = workbook.Sheets.Select(sheet => Repair(sheet, fonts, notes)).ToList();
        return workbook with { Sheets = sheets, Notes = notes };
    }

    static SheetGrid Repair(SheetGrid sheet, CellFonts fonts, List<LoadNote> notes)
    {
        var byPattern = fonts.Any ? null : EncodingOf(sheet);
        var converted = new List<(int Row, int Column, string Before, string After, LegacyEncoding Encoding, string? Font)>();
        for (var row = 0; row < sheet.RowCount; row++)
            for (var column = 0; column < sheet.ColumnCount; column++)
            {
                if (sheet.Value(row, column) is not string text || !Windows1252.HasHighCharacter(text)) continue;
                var font = fonts.Of(sheet.Name, row, column);
                if ((font?.Encoding ?? byPattern ?? StrongEvidence(text)) is not { } e) continue;
                if (LegacyEncodings.Decode(e, text) is not { } decoded) continue;
                if (font is { CapitalsOnly: true }) decoded = decoded.ToUpperInvariant();
                if (decoded != text) converted.Add((row, column, text, decoded, e, font?.Name));
            }
        // Most workbooks are Unicode: their grids are kept as read, not copied.
        if (converted.Count == 0) return sheet;
        var replacements = converted.ToDictionary(c => (c.Row, c.Column), c => c.After);
        var repaired = sheet.MapText((row, column, text) => replacements.GetValueOrDefault((row, column), text));

        foreach (var group in converted.GroupBy(c => c.Encoding))
        {
            var first = group.First();
            var cell = SheetGrid.Address(first.Row, first.Column);
            var fontsUsed = group.Select(c => c.Font).OfType<string>().Distinct().ToList();
            var how = fontsUsed.Count > 0 ? $"phông {string.Join(", ", fontsUsed)}" : "nhận ra theo các ký tự, phông không ghi";
            notes.Add(new LoadNote(sheet.Name, cell,
                $"Trang tính \"{sheet.Name}\": {group.Count()} ô gõ bằng bảng mã {Name(group.Key)} ({how}) đã được chuyển sang Unicode, " +
                $"ví dụ ô {cell} \"{Shorten(first.Before)}\" → \"{Shorten(first.After)}\" (legacy {(group.Key == LegacyEncoding.Tcvn3 ? "TCVN3" : "VNI")} text converted to Unicode)."));
        }
        return repaired;
    }

    /// <summary>The code a sheet's text reads as, summed over its cells; null when neither is clear.</summary>
    static LegacyEncoding? EncodingOf(SheetGrid sheet)
    {
        var (tcvn, vni) = (0, 0);
        for (var r = 0; r < sheet.RowCount; r++)
            for (var c = 0; c < sheet.ColumnCount; c++)
                if (sheet.Value(r, c) is string text && Windows1252.Holds(text))
                {
                    tcvn += Tcvn3.Evidence(text);
                    vni += VniWindows.Evidence(text);
                }
        if (tcvn >= MinEvidence && vni * 4 <= tcvn) return LegacyEncoding.Tcvn3;
        if (vni >= MinEvidence && tcvn * 4 <= vni) return LegacyEncoding.Vni;
        return null;
    }

    // In a workbook that sets legacy fonts, a cell in another font is still legacy text when its own characters say so
    // plainly (pasted from a .VnTime file into a Times New Roman cell).
    static LegacyEncoding? StrongEvidence(string text)
    {
        if (!Windows1252.Holds(text)) return null;
        var (tcvn, vni) = (Tcvn3.Evidence(text), VniWindows.Evidence(text));
        if (tcvn >= 2 && vni == 0) return LegacyEncoding.Tcvn3;
        if (vni >= 2 && tcvn == 0) return LegacyEncoding.Vni;
        return null;
    }

    static string Name(LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? "TCVN3 (ABC)" : "VNI Windows";

    static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
