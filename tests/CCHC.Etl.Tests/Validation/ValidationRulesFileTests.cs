using CCHC.Etl.Reference;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.Validation;

/// <summary>data/catalogue/validation_rules.csv: read into rules, checked against the indicators, and part of the
/// catalogue's hash; a mistake stops the catalogue with the file, row and column to fix.</summary>
public sealed class ValidationRulesFileTests : IDisposable
{
    const string Header = "code,kind,left_codes,right_code,min,max,bound,importance,description,instruction";
    readonly TempDirectory dir = new();

    public ValidationRulesFileTests()
    {
        foreach (var file in Directory.GetFiles(CatalogueLoader.DefaultDirectory, "*.csv"))
            File.Copy(file, dir.File(Path.GetFileName(file)));
    }

    void Rules(params string[] rows) => File.WriteAllLines(dir.File("validation_rules.csv"), [Header, .. rows]);

    [Fact]
    public void The_shipped_rules_are_read_with_their_sides_bounds_and_importance()
    {
        var rules = CatalogueLoader.Load(dir.Path).ValidationRules;

        Assert.Equal(22, rules.Count);
        var resolved = rules.Single(r => r.Code == "KT01");
        Assert.Equal(("le", "PL3.6.2", "PL3.6.1", "warning"), (resolved.Kind, Assert.Single(resolved.Left), resolved.Right, resolved.Importance));
        Assert.StartsWith("Số phản ánh kiến nghị (PAKN) đã giải quyết", resolved.Description);
        var rates = rules.Single(r => r.Kind == "range");
        Assert.Equal((0.0, 100.0), (rates.Min, rates.Max));
        // Every percent indicator of the catalogue is held to 0–100 and to a year-on-year bound.
        var percents = CatalogueLoader.Load(dir.Path).Indicators.Where(i => i.UnitOfMeasure == "percent").Select(i => i.Code).ToList();
        Assert.Equal(percents, rates.Left);
        Assert.Equal(percents, rules.Single(r => r.Code == "KT20").Left);
        var procedures = rules.Single(r => r.Code == "KT09");
        Assert.Equal(("children_sum_to_parent", "PL3.1"), (procedures.Kind, procedures.Right));
        Assert.Equal(["PL3.1.1", "PL3.1.2", "PL3.1.3"], procedures.Left);
        Assert.Equal(Enumerable.Range(1, 22), rules.Select(r => r.SortOrder));
    }

    [Theory]
    [InlineData("KT01,le,PL3.6.9,PL3.6.1,,,,warning,x,", "dòng 2, cột 'left_codes': mã chỉ tiêu \"PL3.6.9\" không có trong indicators.csv")]
    [InlineData("KT01,le,PL3.6.2,PL9,,,,warning,x,", "dòng 2, cột 'right_code': mã chỉ tiêu \"PL9\" không có trong indicators.csv")]
    [InlineData("KT01,lte,PL3.6.2,PL3.6.1,,,,warning,x,", "dòng 2, cột 'kind': ghi \"lte\", chỉ nhận le, children_le_parent")]
    [InlineData("KT01,le,PL3.6.2,PL3.6.1,,,,fatal,x,", "dòng 2, cột 'importance': ghi \"fatal\", chỉ nhận warning, error")]
    [InlineData("KT01,le,PL3.6.2;PL3.6.3,PL3.6.1,,,,warning,x,", "dòng 2, cột 'left_codes': quy tắc 'le' so đúng một chỉ tiêu")]
    [InlineData("KT01,children_sum_to_parent,PL3.6.1;PL2.1.1,PL3.6,,,,error,x,", "dòng 2, cột 'right_code': PL3.6 là dòng tiêu đề")]
    [InlineData("KT01,children_sum_to_parent,PL3.6.1;PL2.1.1,PL2.1,,,,error,x,", "dòng 2, cột 'left_codes': PL3.6.1 không phải dòng con của PL2.1")]
    [InlineData("KT01,range,PL7.1,,100,0,,error,x,", "dòng 2, cột 'min': min 100 lớn hơn max 0")]
    [InlineData("KT01,range,PL7.1,,0,1OO,,error,x,", "dòng 2, cột 'max': \"1OO\" không phải số")]
    [InlineData("KT01,jump,PL1.3.1,,,,10,warning,x,", "dòng 2, cột 'left_codes': PL1.3.1 không phải số lượng hay tỷ lệ")]
    [InlineData("KT01,jump,PL7.1,,,,,warning,x,", "dòng 2, cột 'bound': quy tắc 'jump' cần bound là số dương")]
    [InlineData("KT01,le,PL3.6.2,PL3.6.1,,,,warning,,", "dòng 2, cột 'description': bị trống")]
    public void A_mistake_in_the_rules_file_names_the_file_row_and_column(string row, string expected)
    {
        Rules(row);

        var error = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(dir.Path));
        Assert.StartsWith("Danh mục 'validation_rules.csv', ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_rule_code_given_twice_is_refused_on_its_second_row()
    {
        Rules("KT01,le,PL3.6.2,PL3.6.1,,,,warning,x,", "KT01,le,PL3.6.3,PL3.6.2,,,,warning,y,");

        var error = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(dir.Path));
        Assert.Contains("dòng 3, cột 'code': mã quy tắc \"KT01\" đã có", error.Message);
    }

    [Fact]
    public void The_rules_file_is_part_of_the_catalogue_hash_and_may_be_left_out()
    {
        var shipped = CatalogueLoader.Load(dir.Path).ContentHash;
        Rules("KT01,le,PL3.6.2,PL3.6.1,,,,warning,x,");
        var edited = CatalogueLoader.Load(dir.Path);
        File.Delete(dir.File("validation_rules.csv"));
        var none = CatalogueLoader.Load(dir.Path);

        Assert.NotEqual(shipped, edited.ContentHash);
        Assert.Single(edited.ValidationRules);
        Assert.NotEqual(edited.ContentHash, none.ContentHash);
        Assert.Empty(none.ValidationRules);
    }

    public void Dispose() => dir.Dispose();
}
