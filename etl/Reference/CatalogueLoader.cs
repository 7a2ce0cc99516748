using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CCHC.Warehouse.Model;
using CsvHelper;
using CsvHelper.Configuration;
using Catalogue = CCHC.Warehouse.Model.Catalogue;

namespace CCHC.Etl.Reference;

/// <summary>Reads data/catalogue/*.csv into a <see cref="Catalogue"/>. The catalogue is data, so adding an
/// indicator or an alias is an edit of a CSV file, not of code.</summary>
public static class CatalogueLoader
{
    static readonly string[] Files =
        ["units.csv", "unit_kinds.csv", "departments.csv", "areas.csv", "appendices.csv", "indicators.csv", "targets.csv", "org_measures.csv"];

    /// <summary>The catalogue shipped beside the binaries (copied from data/catalogue at build time).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalogue");

    public static Catalogue Load(string? directory = null)
    {
        var dir = directory ?? DefaultDirectory;
        if (!Directory.Exists(dir))
            throw new CatalogueException($"Không tìm thấy danh mục (catalogue) tại '{dir}'.");

        var catalogue = new Catalogue(
            Read(dir, "units.csv", r => new Unit(r.Req("code"), r.Req("name"), r.Req("level"), r.Req("terrain"), r.List("aliases"))),
            Read(dir, "unit_kinds.csv", r => new UnitKindPeriod(r.Req("unit_code"), r.Req("kind"), r.Int("from_year"), r.Int("to_year"))),
            Read(dir, "departments.csv", r => new Department(r.Req("code"), r.Req("name"), r.List("aliases"))),
            Read(dir, "areas.csv", r => new Area(r.Req("code"), r.Req("name"), r.Int("sort_order") ?? 0)),
            Read(dir, "appendices.csv", r => new Appendix(r.Req("code"), r.Int("number") ?? 0, r.Req("title"), r.Req("kind"),
                r.Opt("programme"), r.Opt("area_code"), r.List("department_codes"))),
            Read(dir, "indicators.csv", r => new Indicator(r.Req("code"), r.Req("appendix"), r.Opt("stt") ?? "", r.Req("label"),
                r.Opt("parent_code"), r.Req("area_code"), r.Req("unit_of_measure"), r.Opt("department_code"), r.Req("applies_to"),
                r.Int("sort_order") ?? 0)
            {
                // A catalogue written before the column (another province's, a test's) aggregates nothing: no rule is guessed.
                Aggregation = r.OneOf("aggregation", ["sum", "mean", "weighted", "none"]) ?? "none",
                WeightCode = r.OptionalColumn("weight_code"),
            }),
            Read(dir, "targets.csv", r => new Target(r.Req("code"), r.Req("programme"), r.Req("appendix"), r.Int("target_no") ?? 0,
                r.Req("text"), r.Req("area_code"))),
            Read(dir, "org_measures.csv", r => new OrgMeasure(r.Req("code"), r.Req("section"), r.Req("section_title"), r.Req("label"),
                r.Opt("sector"), r.Opt("owner_level"), r.Int("sort_order") ?? 0)),
            HashOf(dir))
        {
            Period = ReadPeriod(dir),
        };
        foreach (var weighted in catalogue.Indicators.Where(i => i.Aggregation == "weighted"))
            if (weighted.WeightCode is null || catalogue.Indicators.All(i => i.Code != weighted.WeightCode))
                throw new CatalogueException($"Danh mục 'indicators.csv': chỉ tiêu {weighted.Code} tổng hợp 'weighted' nhưng cột weight_code " +
                    $"\"{weighted.WeightCode}\" không phải mã chỉ tiêu nào (weighted needs an existing weight_code).");
        return catalogue with { ValidationRules = ValidationRuleReader.Read(dir, catalogue.Indicators) };
    }

    // Optional: a catalogue written before the file (a test's, another province's) leaves the years to the facts.
    const string PeriodFile = "reporting_period.csv";

    static ReportingPeriod? ReadPeriod(string dir)
    {
        if (!File.Exists(Path.Combine(dir, PeriodFile))) return null;
        var rows = Read(dir, PeriodFile, r => new ReportingPeriod(
            r.Int("first_year") ?? throw r.Missing("first_year"), r.Int("last_year") ?? throw r.Missing("last_year"),
            r.Int("partial_year"), r.Opt("partial_until")));
        if (rows.Count != 1)
            throw new CatalogueException($"Danh mục '{PeriodFile}' phải có đúng một dòng (the reporting period), có {rows.Count}.");
        var period = rows[0];
        if (period.FirstYear > period.LastYear || period.PartialYear is { } p && (p < period.FirstYear || p > period.LastYear))
            throw new CatalogueException($"Danh mục '{PeriodFile}': năm {period.FirstYear}–{period.LastYear}" +
                (period.PartialYear is null ? "" : $", năm chưa trọn {period.PartialYear}") + " không hợp lệ (years out of order).");
        return period;
    }

    static List<T> Read<T>(string dir, string file, Func<Row, T> map)
    {
        var path = Path.Combine(dir, file);
        if (!File.Exists(path))
            throw new CatalogueException($"Danh mục thiếu tệp '{file}' trong '{dir}'.");
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, config);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
            rows.Add(map(new Row(csv, file)));
        return rows;
    }

    // The warehouse re-syncs its dimension tables only when this changes, so an unchanged reload writes nothing.
    static string HashOf(string dir)
    {
        using var sha = SHA256.Create();
        // The rules file is optional (a catalogue without it checks nothing), but a change to it must re-sync the rules;
        // so is the reporting period.
        foreach (var file in Files.Append(PeriodFile).Append(ValidationRuleReader.FileName).Where(f => File.Exists(Path.Combine(dir, f))))
        {
            var bytes = File.ReadAllBytes(Path.Combine(dir, file));
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!);
    }

    readonly struct Row(CsvReader csv, string file)
    {
        public string? Opt(string name)
        {
            var value = csv.GetField(name);
            return string.IsNullOrWhiteSpace(value) ? null : value.Normalize(NormalizationForm.FormC);
        }

        public string Req(string name) => Opt(name) ?? throw Missing(name);

        public CatalogueException Missing(string name) =>
            new($"Danh mục '{file}', dòng {csv.Parser.Row}: cột '{name}' bị trống.");

        public int? Int(string name) =>
            Opt(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;

        /// <summary>A column a catalogue may lack altogether; null when absent or empty.</summary>
        public string? OptionalColumn(string name) =>
            csv.TryGetField<string>(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        public string? OneOf(string name, string[] allowed) => OptionalColumn(name) is not { } value ? null
            : allowed.Contains(value) ? value
            : throw new CatalogueException($"Danh mục '{file}', dòng {csv.Parser.Row}: cột '{name}' ghi \"{value}\", chỉ nhận {string.Join(", ", allowed)}.");

        public IReadOnlyList<string> List(string name) =>
            Opt(name)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
    }
}

public sealed class CatalogueException(string message) : Exception(message);
