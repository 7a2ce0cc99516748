using CCHC.Etl.Reference;
using CCHC.Etl.Samples;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Tests.Samples;

public sealed class SampleValuesTests
{
    static readonly Catalogue Catalogue = CatalogueLoader.Load();
    readonly SampleIndicatorValues values = new(Catalogue);

    static Unit District(string name) => Catalogue.Units.Single(u => u.Name == name);

    [Fact]
    public void On_time_dossier_rate_rises_from_about_90_to_about_98_percent()
    {
        var plain = Catalogue.Units.Where(u => u.Terrain == "plain").ToList();
        var y2015 = plain.Average(u => values.Value(u, "PL3.5.2", 2015)!.Value);
        var y2019 = plain.Average(u => values.Value(u, "PL3.5.2", 2019)!.Value);
        Assert.InRange(y2015, 87, 92);
        Assert.InRange(y2019, 97, 99.5);
    }

    [Fact]
    public void Mountain_districts_have_lower_rates_and_smaller_counts_than_urban_ones()
    {
        var mountain = Catalogue.Units.Where(u => u.Terrain == "mountain" && u.Level == "district").ToList();
        var urban = Catalogue.Units.Where(u => u.Terrain == "urban" && u.Level == "district").ToList();
        double Mean(IEnumerable<Unit> units, string code, int year) => units.Average(u => values.Value(u, code, year)!.Value);
        Assert.True(Mean(mountain, "PL7.1", 2017) < Mean(urban, "PL7.1", 2017));
        Assert.True(Mean(mountain, "PL3.5.2", 2016) < Mean(urban, "PL3.5.2", 2016));
        Assert.True(Mean(mountain, "PL5.2.1", 2018) < Mean(urban, "PL5.2.1", 2018) / 2);
    }

    [Fact]
    public void First_quarter_2020_flows_are_about_a_quarter_of_2019_and_stocks_stay_level()
    {
        var quyNhon = District("Quy Nhơn");
        var flow2019 = values.Value(quyNhon, "PL7.3", 2019)!.Value;
        var flow2020 = values.Value(quyNhon, "PL7.3", 2020)!.Value;
        Assert.InRange(flow2020 / flow2019, 0.15, 0.4);
        var stock2019 = values.Value(quyNhon, "PL3.1.2", 2019)!.Value;
        var stock2020 = values.Value(quyNhon, "PL3.1.2", 2020)!.Value;
        Assert.InRange(stock2020 / stock2019, 0.95, 1.05);
    }

    [Fact]
    public void Rows_a_unit_does_not_report_have_no_value()
    {
        Assert.Null(values.Value(District("Tây Sơn"), "PL3.1", 2019));   // province only
        Assert.Null(values.Value(District("Tây Sơn"), "PL3.5", 2019));   // a group heading
        Assert.Null(values.Value(District("Tây Sơn"), "PL7.3", 2018));   // Trục liên thông from 2019
    }

    [Fact]
    public void Totals_equal_the_sum_of_their_breakdown()
    {
        var province = Catalogue.Units.Single(u => u.Level == "province");
        foreach (var year in new[] { 2015, 2019 })
        {
            Assert.Equal(values.Value(province, "PL3.1.1", year) + values.Value(province, "PL3.1.2", year) + values.Value(province, "PL3.1.3", year),
                values.Value(province, "PL3.1", year));
            Assert.Equal(Catalogue.Units.Where(u => u.Level == "district").Sum(u => values.Value(u, "PL6.4.3", year)),
                values.Value(province, "PL6.4.3", year));
        }
    }

    [Fact]
    public void Mountain_districts_miss_more_targets()
    {
        double MissRate(string terrain)
        {
            var units = Catalogue.Units.Where(u => u.Level == "district" && u.Terrain == terrain).ToList();
            var targets = Catalogue.Targets.Where(t => t.AppendixCode == "PL8").ToList();
            return units.SelectMany(u => targets, (u, t) => SampleVerdicts.Achieved(u, t)).Count(a => !a) / (double)(units.Count * targets.Count);
        }
        Assert.True(MissRate("mountain") > MissRate("urban"));
        Assert.InRange(MissRate("plain"), 0.02, 0.3);
    }
}
