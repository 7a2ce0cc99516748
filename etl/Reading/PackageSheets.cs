using System.IO.Compression;
using System.Xml;

namespace CCHC.Etl.Reading;

/// <summary>Which part of an .xlsx holds which sheet, from the workbook part and its relationships: a reason about a
/// part can then name the sheet the clerk sees, and a sheet's part can be scanned for what ExcelDataReader drops.</summary>
internal static class PackageSheets
{
    const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>No DTDs (the billion-laughs expansion, external entities) and no resolver: a package part is data.</summary>
    public static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>(sheet name, part name) in workbook order; empty when the package does not say.</summary>
    public static IReadOnlyList<(string Sheet, string Part)> Of(ZipArchive zip)
    {
        var workbook = Targets(zip, "_rels/.rels", "").Values.FirstOrDefault(t => t.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            ?? "xl/workbook.xml";
        var folder = workbook[..(workbook.LastIndexOf('/') + 1)];
        var sheetParts = Targets(zip, $"{folder}_rels/{workbook[folder.Length..]}.rels", folder);
        var sheets = new List<(string, string)>();
        if (zip.GetEntry(workbook) is not { } entry) return sheets;
        using var reader = XmlReader.Create(entry.Open(), Safe);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            var name = reader.GetAttribute("name");
            var id = reader.GetAttribute("id", RelationshipsNs);
            if (name is not null && id is not null && sheetParts.TryGetValue(id, out var part)) sheets.Add((name, part));
        }
        return sheets;
    }

    /// <summary>The sheet a part holds, or null when it holds none (or the package cannot say).</summary>
    public static string? SheetOf(ZipArchive zip, string part)
    {
        try
        {
            return Of(zip).FirstOrDefault(s => s.Part == part).Sheet;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    static Dictionary<string, string> Targets(ZipArchive zip, string relsPart, string folder)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry(relsPart) is not { } entry) return targets;
        using var reader = XmlReader.Create(entry.Open(), Safe);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            if (reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target
                && reader.GetAttribute("TargetMode") != "External")
                targets[id] = Resolve(folder, target);
        }
        return targets;
    }

    // "worksheets/sheet1.xml" is relative to the workbook's folder, "/xl/worksheets/sheet1.xml" to the package.
    static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
