using CCHC.Etl.Matching;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>Tells the reporting unit of an appendix: first from the issuer lines at the top ("UBND HUYỆN TÂY SƠN",
/// "UBND TỈNH BÌNH ĐỊNH / SỞ NỘI VỤ"), then from the attachment line ("(Kèm theo Báo cáo … của UBND huyện Tây Sơn)"),
/// then from the file name ("PL3_TaySon.xlsx"); the province's own report (Phụ lục IX "… của tỉnh") belongs to the
/// province. The template's own line "… của UBND tỉnh" names no unit and is not evidence.</summary>
public sealed class ReporterResolver(UnitMatcher matcher, Unit province)
{
    public Reporter? Resolve(IReadOnlyList<NarrativeCell> narrative, string fileName, Appendix appendix, string titleText, out string? problem)
    {
        problem = null;
        var issuerCells = narrative.Where(IsIssuerLine).ToList();
        var fromIssuer = Pick(issuerCells, out problem);
        if (problem is not null) return null;
        if (fromIssuer is not null) return fromIssuer;

        var attachment = narrative.Where(n => TextKey.Fold(n.Text).Contains("kem theo", StringComparison.Ordinal)).ToList();
        var fromAttachment = Pick(attachment.Select(a => a with { Text = AfterCua(a.Text) }).ToList(), out problem);
        if (problem is not null) return null;
        if (fromAttachment is not null) return fromAttachment;

        var inName = matcher.UnitsInFileName(fileName);
        if (inName.Count == 1) return new Reporter(inName[0], null, $"tên tệp \"{fileName}\"");
        if (inName.Count > 1)
        {
            problem = $"Tên tệp nêu nhiều đơn vị ({string.Join(", ", inName.Select(u => u.Name))}), không xác định được đơn vị báo cáo (several units in the file name).";
            return null;
        }
        var deptInName = matcher.DepartmentsIn(TextKey.FoldFileName(fileName));
        if (deptInName.Count == 1) return new Reporter(province, deptInName[0], $"tên tệp \"{fileName}\"");

        if (appendix.Programme == "2011-2025" || TextKey.ContainsWords(TextKey.Fold(titleText), "cua tinh"))
            return new Reporter(province, null, "báo cáo của tỉnh (Phụ lục của UBND tỉnh)");

        problem = "Không xác định được đơn vị báo cáo: đầu biểu không ghi \"UBND huyện/thị xã/thành phố …\" hay tên sở, "
            + "tên tệp cũng không nêu đơn vị (reporting unit not found in the header or the file name).";
        return null;
    }

    static bool IsIssuerLine(NarrativeCell cell)
    {
        if (NoteBlock.IsListItem(cell.Text)) return false;
        var key = TextKey.Fold(cell.Text);
        return key.StartsWith("ubnd ", StringComparison.Ordinal) || key.StartsWith("uy ban nhan dan ", StringComparison.Ordinal)
            || key.StartsWith("so ", StringComparison.Ordinal) || key.StartsWith("van phong ", StringComparison.Ordinal)
            || key.StartsWith("don vi bao cao", StringComparison.Ordinal);
    }

    // "(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 của UBND huyện Tây Sơn)" → "UBND huyện Tây Sơn)".
    static string AfterCua(string text)
    {
        var folded = TextKey.Fold(text);
        var i = folded.LastIndexOf(" cua ", StringComparison.Ordinal);
        return i < 0 ? "" : folded[(i + 5)..];
    }

    Reporter? Pick(IReadOnlyList<NarrativeCell> cells, out string? problem)
    {
        problem = null;
        var districts = new List<(Unit Unit, NarrativeCell Cell)>();
        var departments = new List<(Department Department, NarrativeCell Cell)>();
        var provinceCell = (NarrativeCell?)null;
        foreach (var cell in cells)
        {
            var folded = TextKey.Fold(cell.Text);
            foreach (var unit in matcher.UnitsIn(folded))
                if (unit.Code == province.Code) provinceCell ??= cell;
                else districts.Add((unit, cell));
            foreach (var department in matcher.DepartmentsIn(folded))
                departments.Add((department, cell));
        }
        var distinctDistricts = districts.Select(d => d.Unit).DistinctBy(u => u.Code).ToList();
        if (distinctDistricts.Count > 1)
        {
            problem = $"Đầu biểu nêu nhiều đơn vị ({string.Join(", ", distinctDistricts.Select(u => u.Name))}) (several units in the header).";
            return null;
        }
        if (distinctDistricts.Count == 1)
            return new Reporter(distinctDistricts[0], null, $"{districts[0].Cell.Address}: {districts[0].Cell.Text}");
        var distinctDepartments = departments.Select(d => d.Department).DistinctBy(d => d.Code).ToList();
        if (distinctDepartments.Count > 1)
        {
            problem = $"Đầu biểu nêu nhiều sở ({string.Join(", ", distinctDepartments.Select(d => d.Name))}) (several departments in the header).";
            return null;
        }
        if (distinctDepartments.Count == 1)
            return new Reporter(province, distinctDepartments[0], $"{departments[0].Cell.Address}: {departments[0].Cell.Text}");
        if (provinceCell is not null)
            return new Reporter(province, null, $"{provinceCell.Address}: {provinceCell.Text}");
        return null;
    }
}
