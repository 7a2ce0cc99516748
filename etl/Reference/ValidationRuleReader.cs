using System.Globalization;
using System.Text;
using CCHC.Warehouse.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace CCHC.Etl.Reference;

/// <summary>Reads data/catalogue/validation_rules.csv and checks every rule against the indicators, so a mistyped code
/// or kind stops the catalogue with the row and column to fix instead of quietly checking nothing.</summary>
internal static class ValidationRuleReader
{
    public const string FileName = "validation_rules.csv";

    static readonly string[] Kinds = ["le", "children_le_parent", "children_sum_to_parent", "range", "jump"];
    static readonly string[] Importances = ["warning", "error"];

    /// <summary>The rules, or none when the catalogue has no rules file.</summary>
    public static IReadOnlyList<ValidationRule> Read(string dir, IReadOnlyList<Indicator> indicators)
    {
        var path = Path.Combine(dir, FileName);
        if (!File.Exists(path)) return [];
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, config);
        csv.Read();
        csv.ReadHeader();
        var rules = new List<ValidationRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = new RuleRow(csv, byCode);
            var rule = row.Rule(rules.Count + 1);
            if (!seen.Add(rule.Code))
                throw row.Error("code", $"mã quy tắc \"{rule.Code}\" đã có ở dòng trên (mỗi quy tắc một mã)");
            rules.Add(rule);
        }
        return rules;
    }

    sealed class RuleRow(CsvReader csv, IReadOnlyDictionary<string, Indicator> indicators)
    {
        public ValidationRule Rule(int sortOrder)
        {
            var kind = OneOf("kind", Kinds);
            var left = Codes("left_codes");
            var right = Text("right_code");
            if (right is not null) Known("right_code", right);
            var (min, max, bound) = (Number("min"), Number("max"), Number("bound"));
            switch (kind)
            {
                case "le":
                    if (left.Count != 1) throw Error("left_codes", "quy tắc 'le' so đúng một chỉ tiêu với một chỉ tiêu");
                    if (right is null) throw Error("right_code", "quy tắc 'le' cần chỉ tiêu vế phải");
                    break;
                case "children_le_parent" or "children_sum_to_parent":
                    if (right is null) throw Error("right_code", $"quy tắc '{kind}' cần mã dòng cha");
                    foreach (var child in left.Where(c => indicators[c].ParentCode != right))
                        throw Error("left_codes", $"{child} không phải dòng con của {right} trong indicators.csv");
                    break;
                case "range":
                    if (min is null && max is null) throw Error("min", "quy tắc 'range' cần min hoặc max");
                    if (min > max) throw Error("min", $"min {min} lớn hơn max {max}");
                    break;
                case "jump":
                    if (bound is not > 0) throw Error("bound", "quy tắc 'jump' cần bound là số dương");
                    foreach (var code in left.Where(c => indicators[c].UnitOfMeasure is not ("count" or "percent")))
                        throw Error("left_codes", $"{code} không phải số lượng hay tỷ lệ: không so được mức tăng giảm");
                    break;
            }
            if (kind is "range" or "jump" && right is not null)
                throw Error("right_code", $"quy tắc '{kind}' không có vế phải");
            return new ValidationRule(Required("code"), kind, left, right, min, max, bound, OneOf("importance", Importances),
                Required("description"), Text("instruction"), sortOrder);
        }

        string? Text(string column)
        {
            if (!csv.TryGetField<string>(column, out var value))
                throw new CatalogueException($"Danh mục '{FileName}': thiếu cột '{column}'.");
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
        }

        string Required(string column) => Text(column) ?? throw Error(column, "bị trống");

        string OneOf(string column, string[] allowed)
        {
            var value = Required(column);
            return allowed.Contains(value) ? value : throw Error(column, $"ghi \"{value}\", chỉ nhận {string.Join(", ", allowed)}");
        }

        IReadOnlyList<string> Codes(string column)
        {
            var codes = Required(column).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var code in codes) Known(column, code);
            if (codes.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw Error(column, $"{twice.Key} ghi hai lần");
            return codes;
        }

        void Known(string column, string code)
        {
            if (!indicators.TryGetValue(code, out var indicator))
                throw Error(column, $"mã chỉ tiêu \"{code}\" không có trong indicators.csv");
            if (indicator.UnitOfMeasure == "group")
                throw Error(column, $"{code} là dòng tiêu đề, không có giá trị để kiểm tra");
        }

        double? Number(string column) => Text(column) is not { } text ? null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
            : throw Error(column, $"\"{text}\" không phải số (dấu chấm thập phân: 0.5)");

        public CatalogueException Error(string column, string problem) =>
            new($"Danh mục '{FileName}', dòng {csv.Parser.Row}, cột '{column}': {problem}.");
    }
}
