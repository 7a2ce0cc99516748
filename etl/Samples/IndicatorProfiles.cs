namespace CCHC.Etl.Samples;

/// <summary>Plausible movements for each catalogue indicator, province level and a plain district's level. Rows not
/// listed fall back on their unit of measure. Magnitudes follow a province of about 1.5 million people and districts
/// of 30–290 thousand; trends follow the reform (on-time rates and online services rising, staff numbers falling).</summary>
internal static class IndicatorProfiles
{
    public sealed record Pair(IndicatorProfile? Province, IndicatorProfile? District);

    public static Pair For(string code, string unitOfMeasure) =>
        Table.TryGetValue(code, out var pair) ? pair : Fallback(unitOfMeasure);

    static Pair Fallback(string unitOfMeasure) => unitOfMeasure switch
    {
        "percent" => new(new Rate(70, 90), new Rate(65, 88)),
        "yesno" => new(new Flag(2016), new Flag(2017)),
        _ => new(new Flow(40, 0.05), new Flow(8, 0.05)),
    };

    static readonly Dictionary<string, Pair> Table = new()
    {
        // Phụ lục 1: chỉ đạo, điều hành
        ["PL1.1"] = new(new SumOf("PL1.1.1", "PL1.1.2"), new Flow(28, 0.06)),
        ["PL1.1.1"] = new(new Flow(9, 0.04), null),
        ["PL1.1.2"] = new(new Flow(32, 0.06), null),
        ["PL1.2"] = new(new Flow(14, 0.05), new Flow(9, 0.05) { Exponent = 0.5 }),
        ["PL1.3.1"] = new(new Flag(2016), new Flag(2017)),
        ["PL1.3.2"] = new(new Flow(24, 0.08), null),
        ["PL1.3.3"] = new(new Flow(6, 0.05), new Flow(3, 0.05) { Exponent = 0.5 }),
        ["PL1.3.4"] = new(new Flag(2015), null),
        ["PL1.3.5"] = new(new Flow(5, 0.1), new Flow(4, 0.08) { Exponent = 0.5 }),
        ["PL1.4"] = new(new Flow(6, 0.12), new Flow(2, 0.12)),
        ["PL1.5.1"] = new(new Flag(2016), null),
        ["PL1.5.2"] = new(new Flag(2016), new Flag(2017)),
        ["PL1.5.3"] = new(new Flag(2017), new Flag(2017)),
        ["PL1.5.4"] = new(new Flag(2018), null),
        ["PL1.6.1"] = new(new Stock(18, 0.1) { FromYear = 2017 }, new Stock(8, 0.1) { FromYear = 2017, Exponent = 0.3 }),
        ["PL1.6.2"] = new(new Flow(1500, 0.1) { FromYear = 2017 }, new Flow(300, 0.1) { FromYear = 2017 }),
        ["PL1.6.3"] = new(new Rate(78, 87) { FromYear = 2017 }, new Rate(76, 86) { FromYear = 2017 }),

        // Phụ lục 2: cải cách thể chế
        ["PL2.1"] = new(new SumOf("PL2.1.1", "PL2.1.2", "PL2.1.3", "PL2.1.4", "PL2.1.5", "PL2.1.6"),
            new SumOf("PL2.1.3", "PL2.1.4", "PL2.1.5", "PL2.1.6")),
        ["PL2.1.1"] = new(new Flow(12, 0.02), null),
        ["PL2.1.2"] = new(new Flow(36, 0.03), null),
        ["PL2.1.3"] = new(new SumOfDistricts(), new Flow(2, 0) { Exponent = 0.3 }),
        ["PL2.1.4"] = new(new SumOfDistricts(), new Flow(4, 0) { Exponent = 0.5 }),
        ["PL2.1.5"] = new(new SumOfDistricts(), new Flow(1, -0.1) { Exponent = 0.5 }),
        ["PL2.1.6"] = new(new SumOfDistricts(), new Flow(2, -0.1) { Exponent = 0.5 }),
        ["PL2.2"] = new(new Flow(42, 0.03), new Flow(8, 0.03)),
        ["PL2.3"] = new(new ShareOf(0.9, "PL2.2"), new ShareOf(0.85, "PL2.2")),
        ["PL2.4"] = new(new Flow(160, 0.04), new Flow(55, 0.04)),
        ["PL2.5"] = new(new Flow(6, -0.08), new Flow(2, -0.08)),
        ["PL2.6"] = new(new ShareOf(1, "PL2.5"), new ShareOf(1, "PL2.5")),
        ["PL2.7"] = new(new Flow(3, -0.1), new Flow(1, -0.1)),

        // Phụ lục 3: thủ tục hành chính (province total about 1,800–2,000 procedures)
        ["PL3.1"] = new(new SumOf("PL3.1.1", "PL3.1.2", "PL3.1.3"), null),
        ["PL3.1.1"] = new(new Stock(1420, 0.015), null),
        ["PL3.1.2"] = new(new Stock(265, 0.01), new Stock(262, 0.01) { Exponent = 0 }),
        ["PL3.1.3"] = new(new Stock(112, 0.01), new Stock(110, 0.01) { Exponent = 0 }),
        ["PL3.1.4"] = new(new Stock(14, 0.02), null),
        ["PL3.2"] = new(new Flow(60, 0.05), null),
        ["PL3.3"] = new(new ShareOf(0.99, "PL3.1"), new ShareOf(0.98, "PL3.1.2", "PL3.1.3")),
        ["PL3.4.1"] = new(new ShareOf(0.92, "PL3.1.1"), null),
        ["PL3.4.2"] = new(new ShareOf(0.96, "PL3.1.2"), new ShareOf(0.95, "PL3.1.2")),
        ["PL3.4.3"] = new(new ShareOf(0.96, "PL3.1.3"), new ShareOf(0.95, "PL3.1.3")),
        ["PL3.4.4"] = new(new Stock(110, 0.08), new Stock(28, 0.08) { Exponent = 0.3 }),
        ["PL3.4.5"] = new(new Stock(24, 0.1), new Stock(12, 0.1) { Exponent = 0.2 }),
        ["PL3.4.6"] = new(new Stock(150, 0.15) { FromYear = 2018 }, new Stock(40, 0.15) { FromYear = 2018, Exponent = 0.3 }),
        ["PL3.5.1"] = new(new Rate(93, 99.2), null),
        ["PL3.5.2"] = new(new Rate(90, 98.6), new Rate(89.5, 98.5)),
        ["PL3.5.3"] = new(new Rate(94, 99.4), new Rate(93.5, 99.3)),
        ["PL3.6.1"] = new(new Flow(45, 0.02), new Flow(9, 0.02)),
        ["PL3.6.2"] = new(new ShareOf(0.95, "PL3.6.1"), new ShareOf(0.93, "PL3.6.1")),
        ["PL3.6.3"] = new(new ShareOf(0.85, "PL3.6.2") { FromYear = 2017 }, new ShareOf(0.8, "PL3.6.2") { FromYear = 2017 }),

        // Phụ lục 5: cán bộ, công chức, viên chức (staff numbers fall with tinh giản biên chế)
        ["PL5.1"] = new(new ShareOf(1, "PL5.1.1"), new ShareOf(1, "PL5.1.1")),
        ["PL5.1.1"] = new(new Stock(1980, -0.015), new Stock(135, -0.012) { Exponent = 0.5 }),
        ["PL5.1.2"] = new(new ShareOf(0.96, "PL5.1.1"), new ShareOf(0.95, "PL5.1.1")),
        ["PL5.2"] = new(new ShareOf(1, "PL5.2.1"), new ShareOf(1, "PL5.2.1")),
        ["PL5.2.1"] = new(new Stock(7600, -0.012), new Stock(1850, -0.01) { Exponent = 0.9 }),
        ["PL5.2.2"] = new(new ShareOf(0.95, "PL5.2.1"), new ShareOf(0.94, "PL5.2.1")),
        ["PL5.3"] = new(new Flow(42, -0.03), new Flow(7, -0.03)),
        ["PL5.4"] = new(new Flow(3, 0.1) { FromYear = 2017 }, new Flow(1, 0.1) { FromYear = 2018, Exponent = 0.3 }),
        ["PL5.5"] = new(new Flow(65, 0.05), new Flow(14, 0.05)),
        ["PL5.6"] = new(new Flow(950, 0.04), new Flow(140, 0.04)),
        ["PL5.7"] = new(new Flow(3200, 0.04), new Flow(620, 0.04)),
        ["PL5.8"] = new(new Flow(48, 0.03), new Flow(8, 0.03) { Exponent = 0.5 }),

        // Phụ lục 6: tài chính công (autonomy rising: more self-financing units, fewer state-funded)
        ["PL6.1"] = new(new Stock(24, 0.01), new Stock(13, 0) { Exponent = 0.1 }),
        ["PL6.2"] = new(new SumOf("PL6.2.1", "PL6.2.2", "PL6.2.3", "PL6.2.4"), null),
        ["PL6.2.1"] = new(new Stock(2, 0.15), null),
        ["PL6.2.2"] = new(new Stock(7, 0.1), null),
        ["PL6.2.3"] = new(new Stock(14, 0.02), null),
        ["PL6.2.4"] = new(new Stock(11, -0.08), null),
        ["PL6.3"] = new(new SumOf("PL6.3.1", "PL6.3.2", "PL6.3.3"), null),
        ["PL6.3.1"] = new(new Stock(5, 0.12), null),
        ["PL6.3.2"] = new(new Stock(21, 0.06), null),
        ["PL6.3.3"] = new(new Stock(62, -0.02), null),
        ["PL6.4"] = new(new SumOf("PL6.4.1", "PL6.4.2", "PL6.4.3"), new SumOf("PL6.4.1", "PL6.4.2", "PL6.4.3")),
        ["PL6.4.1"] = new(new SumOfDistricts(), new Stock(0.6, 0.2) { Exponent = 0.5 }),
        ["PL6.4.2"] = new(new SumOfDistricts(), new Stock(3, 0.08) { Exponent = 0.6 }),
        ["PL6.4.3"] = new(new SumOfDistricts(), new Stock(24, -0.01) { Exponent = 0.8 }),
        ["PL6.5"] = new(new Stock(4, 0.05), null),

        // Phụ lục 7: hiện đại hóa (electronic documents and online services rising; Trục liên thông from 2019)
        ["PL7.1"] = new(new Rate(45, 88), new Rate(35, 84)),
        ["PL7.2"] = new(new Stock(118, 0.05) { FromYear = 2019 }, new Stock(19, 0.05) { FromYear = 2019, Exponent = 0.4 }),
        ["PL7.3"] = new(new Flow(16000, 0.1) { FromYear = 2019 }, new Flow(2600, 0.1) { FromYear = 2019 }),
        ["PL7.4"] = new(new Flow(9500, 0.1) { FromYear = 2019 }, new Flow(1300, 0.1) { FromYear = 2019 }),
        ["PL7.5"] = new(new Stock(900, 0.25), new Stock(70, 0.25) { Exponent = 0.6 }),
        ["PL7.6"] = new(new Rate(82, 99), new Rate(68, 96)),
        ["PL7.7"] = new(new Stock(30, 0.01), null),
        ["PL7.8"] = new(new Stock(31, 0), null),
        ["PL7.9"] = new(new Stock(29, 0.02), null),
        ["PL7.10"] = new(new Stock(260, 0.3), new Stock(35, 0.32) { Exponent = 0.3 }),
        ["PL7.11"] = new(new Rate(8, 42), new Rate(5, 34)),
        ["PL7.12"] = new(new Stock(24, 0.06), new Stock(13, 0.05) { Exponent = 0.5 }),
        ["PL7.13"] = new(new Rate(40, 94), new Rate(30, 90)),
        ["PL7.14"] = new(new Stock(26, 0.04), null),
    };
}
