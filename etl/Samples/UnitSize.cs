using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>How big a district is, relative to a plain one (1.0): urban Quy Nhơn and An Nhơn bigger, mountainous An Lão,
/// Vĩnh Thạnh and Vân Canh about half, each with its own few percent so no two districts are identical.</summary>
internal static class UnitSize
{
    public static double Factor(Unit unit)
    {
        var terrain = unit.Terrain switch { "urban" => 1.5, "mountain" => 0.45, _ => 1.0 };
        return terrain * (0.85 + 0.3 * StableNoise.Unit(unit.Code, "size"));
    }
}
