using System.IO.Compression;
using System.Text;
using CCHC.Etl.Reading;

namespace CCHC.Etl.Tests.Hostile.Files;

/// <summary>A formula error as Excel caches it (t="e"): only the result is stored, nothing a reader could re-run.</summary>
public sealed record ErrorCell(string Code);

/// <summary>A formula with the text Excel cached when it last calculated; a reader sees the cached text only.</summary>
public sealed record FormulaCell(string Formula, string CachedText);

/// <summary>Writes .xlsx packages part by part, for what ClosedXML will not write: cached formula errors, escaped control
/// characters, a million rows streamed straight into the zip, a VBA project, hundreds of sheets in a blink.
/// Strings are inline (t="inlineStr"), so a sheet is one part and can be replaced whole by a hostile one.</summary>
public sealed class RawXlsx
{
    const string MainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    const string MacroMainType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    readonly List<(string Name, Action<TextWriter> SheetData, string Prologue)> sheets = [];
    byte[]? vbaProject;

    public RawXlsx Sheet(string name, params object?[][] rows) => Sheet(name, w => WriteRows(w, rows));

    /// <summary>A sheet whose &lt;sheetData&gt; content the caller streams (a million rows never sit in memory);
    /// <paramref name="prologue"/> goes between the XML declaration and the root (where a DOCTYPE would).</summary>
    public RawXlsx Sheet(string name, Action<TextWriter> sheetData, string prologue = "")
    {
        sheets.Add((name, sheetData, prologue));
        return this;
    }

    /// <summary>Makes it an .xlsm: macro-enabled content type and a VBA project part (never run by any reader).</summary>
    public RawXlsx WithVbaProject(byte[] project)
    {
        vbaProject = project;
        return this;
    }

    public string Save(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (partName, write) in Parts())
        {
            var entry = zip.CreateEntry(partName, CompressionLevel.Fastest);
            // A fixed time: the same case is the same bytes, run after run.
            entry.LastWriteTime = new DateTimeOffset(2020, 4, 15, 8, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            write(stream);
        }
        return path;
    }

    /// <summary>Every part of the package, in the order a writer puts them.</summary>
    public IEnumerable<(string Name, Action<Stream> Write)> Parts()
    {
        yield return ("[Content_Types].xml", Text(ContentTypes()));
        yield return ("_rels/.rels", Text(
            $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
        yield return ("xl/workbook.xml", Text(Workbook()));
        yield return ("xl/_rels/workbook.xml.rels", Text(WorkbookRels()));
        yield return ("xl/styles.xml", Text(
            $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"""));
        for (var i = 0; i < sheets.Count; i++)
        {
            var (_, sheetData, prologue) = sheets[i];
            void Write(Stream stream)
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                writer.Write($"""<?xml version="1.0" encoding="UTF-8"?>{prologue}<worksheet xmlns="{Ns}" xmlns:r="{RelNs}"><sheetData>""");
                sheetData(writer);
                writer.Write("</sheetData></worksheet>");
            }
            yield return ($"xl/worksheets/sheet{i + 1}.xml", Write);
        }
        if (vbaProject is { } project)
            yield return ("xl/vbaProject.bin", stream => stream.Write(project));
    }

    /// <summary>Writes rows the way Excel does: only cells with something in them, addressed A1-style.</summary>
    public static void WriteRows(TextWriter w, IReadOnlyList<object?[]> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            w.Write($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
                WriteCell(w, SheetGrid.Address(r, c), rows[r][c]);
            w.Write("</row>");
        }
    }

    public static void WriteCell(TextWriter w, string address, object? value)
    {
        switch (value)
        {
            case null: return;
            case double or int or long:
                w.Write($"<c r=\"{address}\"><v>{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}</v></c>");
                return;
            case Builders.Percent p:
                w.Write($"<c r=\"{address}\" s=\"1\"><v>{p.Fraction.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}</v></c>");
                return;
            case ErrorCell e:
                w.Write($"<c r=\"{address}\" t=\"e\"><f>1/0</f><v>{Escape(e.Code)}</v></c>");
                return;
            case FormulaCell f:
                w.Write($"<c r=\"{address}\" t=\"str\"><f>{Escape(f.Formula)}</f><v>{Escape(f.CachedText)}</v></c>");
                return;
            default:
                w.Write($"<c r=\"{address}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(value.ToString()!)}</t></is></c>");
                return;
        }
    }

    /// <summary>XML-escaped, with the characters XML 1.0 cannot hold written as Excel writes them (_x0000_).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'): sb.Append($"_x{(int)ch:X4}_"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    string ContentTypes()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        sb.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""");
        if (vbaProject is not null) sb.Append("""<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>""");
        sb.Append($"""<Override PartName="/xl/workbook.xml" ContentType="{(vbaProject is null ? MainType : MacroMainType)}"/>""");
        sb.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= sheets.Count; i++)
            sb.Append($"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        return sb.Append("</Types>").ToString();
    }

    string Workbook()
    {
        var sb = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Ns}" xmlns:r="{RelNs}"><sheets>""");
        for (var i = 1; i <= sheets.Count; i++)
            sb.Append($"""<sheet name="{Escape(sheets[i - 1].Name)}" sheetId="{i}" r:id="rId{i}"/>""");
        return sb.Append("</sheets></workbook>").ToString();
    }

    string WorkbookRels()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= sheets.Count; i++)
            sb.Append($"""<Relationship Id="rId{i}" Type="{RelNs}/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        sb.Append($"""<Relationship Id="rId{sheets.Count + 1}" Type="{RelNs}/styles" Target="styles.xml"/>""");
        if (vbaProject is not null)
            sb.Append($"""<Relationship Id="rId{sheets.Count + 2}" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>""");
        return sb.Append("</Relationships>").ToString();
    }

    static Action<Stream> Text(string xml) => stream => stream.Write(Encoding.UTF8.GetBytes(xml));
}
