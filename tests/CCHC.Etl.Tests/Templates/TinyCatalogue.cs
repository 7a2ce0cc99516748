using CCHC.Warehouse.Model;

namespace CCHC.Etl.Tests.Templates;

/// <summary>A catalogue small enough to see whole: one district, one department, an indicator appendix with a group,
/// a count, a percent and a yes/no row, Phụ lục 4 with a sector section and Phụ lục 8 with two targets.</summary>
internal static class TinyCatalogue
{
    public static Catalogue Build() => new(
        Units:
        [
            new Unit("52", "Bình Định", "province", "urban", []),
            new Unit("547", "Tây Sơn", "district", "plain", []),
        ],
        UnitKinds: [new UnitKindPeriod("52", "tỉnh", null, null), new UnitKindPeriod("547", "huyện", null, null)],
        Departments: [new Department("SNV", "Sở Nội vụ", [])],
        Areas: [new Area("TTHC", "Cải cách thủ tục hành chính", 3)],
        Appendices:
        [
            new Appendix("PL3", 3, "Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính", "indicator", null, "TTHC", ["VPUBND"]),
            new Appendix("PL4", 4, "Thống kê và so sánh số lượng tổ chức thuộc tỉnh/huyện", "org_count", null, null, ["SNV"]),
            new Appendix("PL8", 8, "Đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước", "target", "2011-2020", null, ["SNV"]),
        ],
        Indicators:
        [
            new Indicator("PL3.1", "PL3", "1.", "Tổng số TTHC của tỉnh", null, "TTHC", "count", null, "province", 1),
            new Indicator("PL3.1.2", "PL3", "-", "Số lượng TTHC cấp huyện", "PL3.1", "TTHC", "count", null, "both", 2),
            new Indicator("PL3.5", "PL3", "5.", "Kết quả giải quyết hồ sơ TTHC", null, "TTHC", "group", null, "both", 3),
            new Indicator("PL3.5.2", "PL3", "-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn", "PL3.5", "TTHC", "percent", null, "both", 4),
            new Indicator("PL3.7", "PL3", "7", "Có tổ chức đối thoại (Có = 1; Không = 0)", null, "TTHC", "yesno", null, "both", 5),
        ],
        Targets:
        [
            new Target("MT2020.1", "2011-2020", "PL8", 1, "Thủ tục hành chính được cải cách cơ bản", "TTHC"),
            new Target("MT2020.2", "2011-2020", "PL8", 2, "Sự hài lòng của cá nhân, tổ chức đạt mức trên 80%", "TTHC"),
        ],
        OrgMeasures:
        [
            new OrgMeasure("PL4.II.1", "II", "Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện", "Số UBND cấp huyện", null, null, 1),
            new OrgMeasure("PL4.III.YTE.UBNDTINH", "III", "Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực",
                "Sự nghiệp y tế | Thuộc UBND cấp tỉnh", "Sự nghiệp y tế", "Thuộc UBND cấp tỉnh", 2),
            new OrgMeasure("PL4.III.YTE.UBNDHUYEN", "III", "Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực",
                "Sự nghiệp y tế | Thuộc UBND cấp huyện", "Sự nghiệp y tế", "Thuộc UBND cấp huyện", 3),
        ],
        ContentHash: "tiny");
}
