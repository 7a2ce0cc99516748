using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>Sample Phụ lục 8 verdicts: mostly Đạt; Không đạt more often in mountain districts, whose e-government
/// targets (online services, electronic documents) were the hardest to reach.</summary>
internal static class SampleVerdicts
{
    public static bool Achieved(Unit unit, Target target)
    {
        var risk = unit.Level == "province" ? 0.12 : unit.Terrain switch { "urban" => 0.05, "mountain" => 0.3, _ => 0.12 };
        return StableNoise.Unit(unit.Code, target.Code, "verdict") >= risk;
    }
}
