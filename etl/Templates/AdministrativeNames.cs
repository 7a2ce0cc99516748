using System.Globalization;
using System.Text;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Templates;

/// <summary>How a unit names itself on paper in a given year: "UBND huyện Tây Sơn", and in the issuer line
/// "UBND THỊ XÃ HOÀI NHƠN" (Hoài Nhơn became a thị xã in 2020, so its 2020 report says so).</summary>
public static class AdministrativeNames
{
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"huyện", "thị xã", "thành phố" or "tỉnh" in <paramref name="year"/>.</summary>
    public static string KindOf(Catalogue catalogue, Unit unit, int year) =>
        catalogue.UnitKinds
            .Where(k => k.UnitCode == unit.Code && (k.FromYear ?? int.MinValue) <= year && year <= (k.ToYear ?? int.MaxValue))
            .Select(k => k.Kind)
            .FirstOrDefault() ?? (unit.Level == "province" ? "tỉnh" : "huyện");

    /// <summary>"UBND huyện Tây Sơn".</summary>
    public static string PeoplesCommittee(Catalogue catalogue, Unit unit, int year) =>
        $"UBND {KindOf(catalogue, unit, year)} {unit.Name}";

    /// <summary>Upper case as printed in issuer lines ("SỞ NỘI VỤ").</summary>
    public static string Upper(string text) => text.ToUpper(Vietnamese);

    /// <summary>"Tây Sơn" → "TaySon", for file names clerks type without diacritics.</summary>
    public static string Ascii(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch == ' ') continue;
            sb.Append(ch switch { 'đ' => 'd', 'Đ' => 'D', _ => ch });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Quy Nhơn" → "quy-nhon".</summary>
    public static string Kebab(string text) =>
        string.Join('-', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Ascii(w).ToLowerInvariant()));
}
