using CCHC.Warehouse.Model;

namespace CCHC.Etl.Matching;

/// <summary>Finds the catalogue's units and departments named in a piece of text ("UBND HUYỆN TÂY SƠN",
/// "TP. Quy Nhơn", "quy-nhon"), tolerant of diacritics and of the forms clerks use.</summary>
public sealed class UnitMatcher
{
    readonly List<(Unit Unit, string[] Keys)> units;
    readonly List<(Department Department, string[] Keys)> departments;

    public UnitMatcher(IEnumerable<Unit> units, IEnumerable<Department> departments)
    {
        this.units = units.Select(u => (u, Keys(u.Name, u.Aliases))).ToList();
        this.departments = departments.Select(d => (d, Keys(d.Name, d.Aliases))).ToList();
    }

    static string[] Keys(string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).Select(TextKey.Fold).Where(k => k.Length > 0).Distinct().ToArray();

    /// <summary>Units whose name occurs in the folded text as whole words.</summary>
    public IReadOnlyList<Unit> UnitsIn(string foldedText) =>
        units.Where(u => u.Keys.Any(k => TextKey.ContainsWords(foldedText, k))).Select(u => u.Unit).ToList();

    public IReadOnlyList<Department> DepartmentsIn(string foldedText) =>
        departments.Where(d => d.Keys.Any(k => TextKey.ContainsWords(foldedText, k))).Select(d => d.Department).ToList();

    /// <summary>Units named in a file name, also when the words run together ("PL3_TaySon", "baocaoquynhon").</summary>
    public IReadOnlyList<Unit> UnitsInFileName(string fileName)
    {
        var folded = TextKey.FoldFileName(fileName);
        var byWords = UnitsIn(folded);
        if (byWords.Count > 0) return byWords;
        var squeezed = folded.Replace(" ", "");
        return units.Where(u => u.Keys.Any(k => k.Replace(" ", "").Length >= 5 && squeezed.Contains(k.Replace(" ", ""), StringComparison.Ordinal)))
            .Select(u => u.Unit).ToList();
    }
}
