using CCHC.Warehouse.Model;
using Dapper;

namespace CCHC.Warehouse.Tests;

/// <summary>v_rule_violation on small made-up values, one kind of rule at a time: a breach is listed with its cell, a
/// value within the rule is not, and a value not reported is never a breach.</summary>
public sealed class RuleViolationViewTests : WarehouseTest
{
    const string Province = TestCatalogue.Province, QuyNhon = TestCatalogue.QuyNhon, HoaiNhon = TestCatalogue.HoaiNhon;

    public RuleViolationViewTests() => CatalogueSync.Apply(Db.Connection, RuleCatalogue.Build());

    private List<(string Rule, string Unit, int Year, string Indicator, double Value, double? Compared, double? Limit, string Cell, string? ComparedSource)> Violations() =>
        Db.Connection.Query<(string, string, int, string, double, double?, double?, string, string?)>(
            """
            SELECT rule_code, unit_code, year, indicator_code, value, compared_value, limit_value, source_cell, compared_source
            FROM v_rule_violation ORDER BY rule_code, unit_code, year, indicator_code
            """).ToList();

    private void LoadValues(string unit, params (string Code, int Year, double Value, string Cell)[] values) =>
        LoadValues(unit, false, values);

    private void LoadValues(string unit, bool partial2020, params (string Code, int Year, double Value, string Cell)[] values)
    {
        var submission = new SubmissionBuilder("PL3", unit);
        foreach (var (code, year, value, cell) in values)
            submission.Indicator(code, year, value, cell, partial: partial2020 && year == 2020);
        Load(new FileBuilder($"PL3_{unit}.xlsx").With(submission));
    }

    [Fact]
    public void Resolved_above_received_is_listed_with_both_cells_and_equal_or_missing_values_are_not()
    {
        LoadValues(HoaiNhon, ("PL3.6.1", 2019, 10, "E20"), ("PL3.6.2", 2019, 12, "E21"));
        LoadValues(QuyNhon, ("PL3.6.1", 2019, 10, "E20"), ("PL3.6.2", 2019, 10, "E21"), ("PL3.6.2", 2018, 99, "D21"));

        Assert.Equal([("R-LE", HoaiNhon, 2019, "PL3.6.2", 12.0, (double?)10.0, (double?)null, "E21", (string?)"PL3_543.xlsx › PL3 › E20")],
            Violations());
    }

    [Fact]
    public void Sub_rows_that_do_not_add_up_to_their_parent_are_listed_once_every_row_asked_for_is_there()
    {
        // Hoài Nhơn is not asked for the province-only PL2.1.1, so its two rows are all: 4 + 5 ≠ 10.
        LoadValues(HoaiNhon, ("PL2.1", 2019, 10, "E8"), ("PL2.1.3", 2019, 4, "E10"), ("PL2.1.4", 2019, 5, "E11"));
        // Quy Nhơn left PL2.1.4 empty: 4 short of 10 may be the missing row, not a mistake.
        LoadValues(QuyNhon, ("PL2.1", 2019, 10, "E8"), ("PL2.1.3", 2019, 4, "E10"));
        // The province left PL2.1.1 empty in 2019 (not checked); in 2018 its sub-rows already exceed the total.
        LoadValues(Province, ("PL2.1", 2019, 10, "E8"), ("PL2.1.3", 2019, 4, "E10"), ("PL2.1.4", 2019, 5, "E11"),
            ("PL2.1", 2018, 5, "D8"), ("PL2.1.3", 2018, 4, "D10"), ("PL2.1.4", 2018, 5, "D11"));

        Assert.Equal(
        [
            ("R-CHILD-LE", Province, 2018, "PL2.1", 5.0, (double?)9.0, (double?)null, "D8", (string?)"PL3_52.xlsx › PL3 › D10; PL3_52.xlsx › PL3 › D11"),
            ("R-CHILD-SUM", Province, 2018, "PL2.1", 5.0, 9.0, null, "D8", "PL3_52.xlsx › PL3 › D10; PL3_52.xlsx › PL3 › D11"),
            ("R-CHILD-SUM", HoaiNhon, 2019, "PL2.1", 10.0, 9.0, null, "E8", "PL3_543.xlsx › PL3 › E10; PL3_543.xlsx › PL3 › E11"),
        ], Violations());
    }

    [Fact]
    public void A_rate_outside_0_to_100_is_listed_with_the_bound_it_crossed()
    {
        LoadValues(HoaiNhon, ("PL3.1.2", 2019, 120, "E9"), ("PL3.1.2", 2018, 100, "D9"));
        LoadValues(QuyNhon, ("PL3.1.2", 2019, -0.5, "E9"), ("PL3.1.2", 2018, 0, "D9"));

        Assert.Equal(
        [
            ("R-RANGE", QuyNhon, 2019, "PL3.1.2", -0.5, (double?)null, (double?)0.0, "E9", (string?)null),
            ("R-RANGE", HoaiNhon, 2019, "PL3.1.2", 120.0, null, 100.0, "E9", null),
        ], Violations().Where(v => v.Rule == "R-RANGE"));
    }

    [Fact]
    public void A_rate_that_moves_more_points_than_the_bound_in_a_year_is_listed_beside_last_years_cell()
    {
        LoadValues(HoaiNhon, true, ("PL3.1.2", 2017, 50, "C9"), ("PL3.1.2", 2018, 60, "D9"), ("PL3.1.2", 2019, 90, "E9"),
            ("PL3.1.2", 2020, 95, "F9"));
        // 2016 not reported: 2015 and 2017 are not a year apart.
        LoadValues(QuyNhon, ("PL3.1.2", 2015, 10, "A9"), ("PL3.1.2", 2017, 90, "C9"));

        Assert.Equal([("R-JUMP-RATE", HoaiNhon, 2019, "PL3.1.2", 90.0, (double?)60.0, (double?)25.0, "E9", (string?)"PL3_543.xlsx › PL3 › D9")],
            Violations());
    }

    [Fact]
    public void A_count_that_moves_more_percent_than_the_bound_is_listed_but_not_against_the_first_quarter_or_from_zero()
    {
        LoadValues(HoaiNhon, true, ("PL1.1", 2016, 0, "B8"), ("PL1.1", 2017, 100, "C8"), ("PL1.1", 2018, 130, "D8"),
            ("PL1.1", 2019, 140, "E8"), ("PL1.1", 2020, 30, "F8"));

        Assert.Equal([("R-JUMP-COUNT", HoaiNhon, 2018, "PL1.1", 130.0, (double?)100.0, (double?)20.0, "D8", (string?)"PL3_543.xlsx › PL3 › C8")],
            Violations());
    }

    [Fact]
    public void Each_rule_unit_year_and_indicator_is_listed_once()
    {
        // Two rates of two units cross the range and jump in the same years; the province breaks both sub-row rules.
        LoadValues(HoaiNhon, ("PL3.1.2", 2018, 10, "D9"), ("PL3.1.2", 2019, 120, "E9"), ("PL3.6.1", 2019, 1, "E20"), ("PL3.6.2", 2019, 2, "E21"));
        LoadValues(QuyNhon, ("PL3.1.2", 2018, 10, "D9"), ("PL3.1.2", 2019, 130, "E9"));
        LoadValues(Province, ("PL2.1", 2018, 5, "D8"), ("PL2.1.1", 2018, 1, "D9"), ("PL2.1.3", 2018, 4, "D10"), ("PL2.1.4", 2018, 5, "D11"));

        var keys = Violations().Select(v => (v.Rule, v.Unit, v.Year, v.Indicator)).ToList();

        Assert.Equal(7, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void A_newer_report_that_corrects_the_value_ends_the_violation_and_an_older_one_sent_late_does_not_bring_it_back()
    {
        FileBuilder Report(string file, int day, double resolved) => new FileBuilder(file)
            .With(new SubmissionBuilder("PL3", HoaiNhon).ReportedOn(2020, 4, day)
                .Indicator("PL3.6.1", 2019, 10, "E20").Indicator("PL3.6.2", 2019, resolved, "E21"));

        Load(Report("thang4.xlsx", 10, 12));
        Assert.Equal(["thang4.xlsx"], Db.Connection.Query<string>("SELECT source_file FROM v_rule_violation"));

        Load(Report("bo-sung.xlsx", 20, 9));
        Load(Report("ban-cu.xlsx", 1, 15));

        Assert.Empty(Violations());
    }

    [Fact]
    public void A_violation_names_its_rule_importance_description_and_unit()
    {
        LoadValues(HoaiNhon, ("PL3.6.1", 2019, 10, "E20"), ("PL3.6.2", 2019, 12, "E21"));

        var row = Db.Connection.QuerySingle<(string, string, string, string, string, string, string)>(
            "SELECT rule_kind, importance, description, instruction, unit_name, indicator_name, source_file FROM v_rule_violation");
        Assert.Equal(("le", "warning", "Đã giải quyết không lớn hơn đã tiếp nhận", "Xem lại hai ô", "Hoài Nhơn", "Số PAKN đã giải quyết",
            "PL3_543.xlsx"), row);
    }

    [Fact]
    public void The_rules_are_synced_with_the_catalogue_and_replaced_when_it_changes()
    {
        Assert.Equal(6L, Count("dim_validation_rule"));
        var fewer = RuleCatalogue.Build("rules-v2") is var c ? c with { ValidationRules = c.ValidationRules.Take(2).ToList() } : null!;

        Assert.True(CatalogueSync.Apply(Db.Connection, fewer));
        Assert.Equal(["R-LE", "R-CHILD-SUM"], Db.Connection.Query<string>("SELECT rule_code FROM dim_validation_rule ORDER BY sort_order"));
        Assert.Equal(["PL2.1.1", "PL2.1.3", "PL2.1.4"],
            Db.Connection.QuerySingle<string>("SELECT array_to_string(left_codes, ',') FROM dim_validation_rule WHERE rule_code = 'R-CHILD-SUM'").Split(','));
    }

    [Fact]
    public void The_breaches_the_page_reads_are_the_checks_answer_after_loads_corrections_and_a_new_catalogue()
    {
        List<string> Rows(string table) => Db.Connection.Query($"SELECT * FROM {table} ORDER BY ALL")
            .Select(row => string.Join("|", ((IDictionary<string, object?>)row).Values)).ToList();

        LoadValues(HoaiNhon, ("PL3.6.1", 2019, 10, "E20"), ("PL3.6.2", 2019, 12, "E21"));
        LoadValues(QuyNhon, ("PL3.1.2", 2019, 120, "E9"));
        Assert.Equal(2, Rows("rule_breach").Count);
        Assert.Equal(Rows("validation_breach"), Rows("rule_breach"));

        // Quy Nhơn corrects its rate: only its breach goes.
        Load(new FileBuilder("PL3_540_sua.xlsx").With(new SubmissionBuilder("PL3", QuyNhon).ReportedOn(2020, 5, 1)
            .Indicator("PL3.1.2", 2019, 98, "E9")));
        Assert.Equal(Rows("validation_breach"), Rows("rule_breach"));
        Assert.Equal([HoaiNhon], Db.Connection.Query<string>("SELECT unit_code FROM rule_breach").ToList());

        // A catalogue without the rules checks nothing; the rules back, the breach is back.
        CatalogueSync.Apply(Db.Connection, TestCatalogue.Build());
        Assert.Empty(Rows("rule_breach"));
        CatalogueSync.Apply(Db.Connection, RuleCatalogue.Build());
        Assert.Equal(Rows("validation_breach"), Rows("rule_breach"));
        Assert.Single(Rows("rule_breach"));
    }
}

/// <summary><see cref="TestCatalogue"/> with rows to check and one rule of each kind.</summary>
internal static class RuleCatalogue
{
    public static Catalogue Build(string hash = "rules-v1")
    {
        var catalogue = TestCatalogue.Build(hash);
        return catalogue with
        {
            Indicators =
            [
                .. catalogue.Indicators,
                new Indicator("PL2.1", "PL2", "1", "Tổng số VBQPPL", null, "TC", "count", null, "both", 10),
                new Indicator("PL2.1.1", "PL2", "", "Nghị quyết của HĐND tỉnh", "PL2.1", "TC", "count", null, "province", 11),
                new Indicator("PL2.1.3", "PL2", "", "Nghị quyết của HĐND cấp huyện", "PL2.1", "TC", "count", null, "both", 12),
                new Indicator("PL2.1.4", "PL2", "", "Quyết định của UBND cấp huyện", "PL2.1", "TC", "count", null, "both", 13),
                new Indicator("PL3.6.1", "PL3", "-", "Số PAKN đã tiếp nhận", null, "TTHC", "count", null, "both", 20),
                new Indicator("PL3.6.2", "PL3", "-", "Số PAKN đã giải quyết", null, "TTHC", "count", null, "both", 21),
            ],
            ValidationRules =
            [
                new ValidationRule("R-LE", "le", ["PL3.6.2"], "PL3.6.1", null, null, null, "warning",
                    "Đã giải quyết không lớn hơn đã tiếp nhận", "Xem lại hai ô", 1),
                new ValidationRule("R-CHILD-SUM", "children_sum_to_parent", ["PL2.1.1", "PL2.1.3", "PL2.1.4"], "PL2.1", null, null, null,
                    "error", "Tổng bằng các loại cộng lại", null, 2),
                new ValidationRule("R-CHILD-LE", "children_le_parent", ["PL2.1.3", "PL2.1.4"], "PL2.1", null, null, null,
                    "warning", "Các loại cấp huyện không quá tổng", null, 3),
                new ValidationRule("R-RANGE", "range", ["PL3.1.2"], null, 0, 100, null, "error", "Tỷ lệ trong 0–100", null, 4),
                new ValidationRule("R-JUMP-RATE", "jump", ["PL3.1.2"], null, null, null, 25, "warning", "Tỷ lệ không đổi quá 25 điểm", null, 5),
                new ValidationRule("R-JUMP-COUNT", "jump", ["PL1.1"], null, null, null, 20, "warning", "Số không đổi quá 20%", null, 6),
            ],
        };
    }
}
