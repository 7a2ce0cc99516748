using CCHC.Warehouse.Model;

namespace CCHC.Warehouse.Tests;

/// <summary>A small catalogue shaped like data/catalogue: the province, two districts, a few rows of each appendix kind.</summary>
public static class TestCatalogue
{
    public const string Province = "52";
    public const string QuyNhon = "540";
    public const string HoaiNhon = "543";

    public static Catalogue Build(string contentHash = "catalogue-v1") => new(
        Units:
        [
            new Unit(Province, "Bình Định", "province", "urban", ["tỉnh Bình Định", "BinhDinh"]),
            new Unit(QuyNhon, "Quy Nhơn", "district", "urban", ["thành phố Quy Nhơn"]),
            new Unit(HoaiNhon, "Hoài Nhơn", "district", "plain", ["huyện Hoài Nhơn", "thị xã Hoài Nhơn"]),
        ],
        UnitKinds:
        [
            new UnitKindPeriod(Province, "tỉnh", null, null),
            new UnitKindPeriod(QuyNhon, "thành phố", null, null),
            new UnitKindPeriod(HoaiNhon, "huyện", null, 2019),
            new UnitKindPeriod(HoaiNhon, "thị xã", 2020, null),
        ],
        Departments:
        [
            new Department("SNV", "Sở Nội vụ", ["SNV"]),
            new Department("VPUBND", "Văn phòng UBND tỉnh", ["VP UBND tỉnh"]),
        ],
        Areas:
        [
            new Area("CDDH", "Chỉ đạo, điều hành cải cách hành chính", 1),
            new Area("TTHC", "Cải cách thủ tục hành chính", 3),
            new Area("TCBM", "Cải cách tổ chức bộ máy hành chính", 4),
        ],
        Appendices:
        [
            new Appendix("PL1", 1, "Chỉ đạo, điều hành", "indicator", null, "CDDH", ["SNV"]),
            new Appendix("PL3", 3, "Thủ tục hành chính", "indicator", null, "TTHC", ["VPUBND"]),
            new Appendix("PL4", 4, "Số lượng tổ chức", "org_count", null, "TCBM", ["SNV"]),
            new Appendix("PL8", 8, "Mục tiêu 2011-2020", "target", "2011-2020", null, ["SNV"]),
        ],
        Indicators:
        [
            new Indicator("PL1.1", "PL1", "1", "Số văn bản chỉ đạo", null, "CDDH", "count", "SNV", "both", 1),
            new Indicator("PL3.1", "PL3", "1", "Thủ tục hành chính", null, "TTHC", "group", null, "both", 1),
            new Indicator("PL3.1.1", "PL3", "-", "Số TTHC được công bố", "PL3.1", "TTHC", "count", null, "both", 2),
            new Indicator("PL3.1.2", "PL3", "-", "Tỷ lệ hồ sơ đúng hạn", "PL3.1", "TTHC", "percent", null, "both", 3),
        ],
        Targets:
        [
            new Target("PL8.1", "2011-2020", "PL8", 1, "Hệ thống thể chế được xây dựng", "CDDH"),
            new Target("PL8.2", "2011-2020", "PL8", 2, "Thủ tục hành chính được cải cách", "TTHC"),
        ],
        OrgMeasures:
        [
            new OrgMeasure("PL4.I.1", "I", "Cơ quan chuyên môn", "Sở", null, "province", 1),
            new OrgMeasure("PL4.III.1", "III", "Đơn vị sự nghiệp", "Giáo dục | tỉnh", "Giáo dục", "province", 2),
        ],
        ContentHash: contentHash);
}
