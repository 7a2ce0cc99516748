using System.Globalization;
using System.Text;
using CCHC.Etl.Matching;
using CCHC.Etl.Reference;
using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace CCHC.Etl.Samples;

/// <summary>The catalogue of the national-scale sample: the shipped one (the province, its 11 district-level units,
/// every indicator and target) with made-up district-level units added up to a country's 700. The ETL only loads
/// units its catalogue knows, so the national workbooks are loaded with this folder (<c>--catalogue</c>); the model has
/// one province, so every unit reports under it, as if one warehouse gathered the whole country.</summary>
internal static class NationalCatalogue
{
    public const int DistrictUnits = 700;
    const string CodePrefix = "M"; // "mẫu": real district codes are three digits, these cannot be taken for one

    /// <summary>Copies the shipped catalogue from <paramref name="shippedDir"/> into <paramref name="outDir"/> with the
    /// extra units appended to units.csv and unit_kinds.csv, and returns it as the loader reads it.</summary>
    public static Catalogue Write(string shippedDir, string outDir)
    {
        var shipped = CatalogueLoader.Load(shippedDir);
        Directory.CreateDirectory(outDir);
        foreach (var file in Directory.EnumerateFiles(shippedDir, "*.csv"))
            File.Copy(file, Path.Combine(outDir, Path.GetFileName(file)), overwrite: true);

        var extra = ExtraUnits(shipped);
        Append(Path.Combine(outDir, "units.csv"), extra.Select(u => new[]
            { u.Unit.Code, u.Unit.Name, u.Unit.Level, u.Unit.Terrain, string.Join(';', u.Unit.Aliases) }));
        Append(Path.Combine(outDir, "unit_kinds.csv"), extra.Select(u => new[] { u.Unit.Code, u.Kind, "", "" }));
        return CatalogueLoader.Load(outDir);
    }

    static List<(Unit Unit, string Kind)> ExtraUnits(Catalogue shipped)
    {
        var count = DistrictUnits - shipped.Units.Count(u => u.Level == "district");
        var taken = shipped.Units.SelectMany(u => u.Aliases.Prepend(u.Name))
            .Concat(shipped.Departments.SelectMany(d => d.Aliases.Prepend(d.Name)))
            .Select(TextKey.Fold).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return NationalUnitNames.Make(count, taken).Select((name, i) =>
        {
            var code = $"{CodePrefix}{i + 1:D3}";
            var (kind, terrain) = KindAndTerrain(code);
            var ascii = AdministrativeNames.Ascii(name);
            Unit unit = new(code, name, "district", terrain, [$"{kind} {name}", ascii, AdministrativeNames.Kebab(name)]);
            return (unit, kind);
        }).ToList();
    }

    // Roughly the country's mix: most district-level units are rural huyện, a tenth are cities or towns, a few are
    // urban quận; about a third of the huyện are in the mountains.
    static (string Kind, string Terrain) KindAndTerrain(string code)
    {
        var draw = StableNoise.Unit(code, "national-kind");
        if (draw < 0.05) return ("quận", "urban");
        if (draw < 0.12) return ("thành phố", "urban");
        if (draw < 0.20) return ("thị xã", "plain");
        return ("huyện", StableNoise.Unit(code, "national-terrain") < 0.35 ? "mountain" : "plain");
    }

    static void Append(string path, IEnumerable<string[]> rows)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        using var writer = new StreamWriter(path, append: true, new UTF8Encoding(false));
        if (text.Length > 0 && !text.EndsWith('\n')) writer.Write('\n');
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var row in rows)
        {
            foreach (var field in row) csv.WriteField(field);
            csv.NextRecord();
        }
    }
}
