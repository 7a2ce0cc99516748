#!/usr/bin/env python3
"""Writes the workbooks under tests/CCHC.Etl.Tests/OfficeFiles/ the way offices make them: each is laid out here as a
flat OpenDocument spreadsheet (.fods, plain XML, kept beside the output so a reader can see what was typed), then
saved by LibreOffice itself (soffice --headless --convert-to), so the bytes the tests read are an office suite's, not
this project's writer's.

Legacy Vietnamese text is encoded by tools independent of the reader under test: TCVN3 (ABC) by glibc's iconv
(TCVN5712-1, the table GNU libiconv also ships), VNI Windows by the VNI table below (as VNI Software publishes it and
the xvnkb keyboard lists it). Each byte becomes the Windows-1252 character a Windows PC stores for it, as Excel does
for text typed in a .VnTime or VNI-Times font.

Run from anywhere: python3 make_office_files.py  (needs soffice and iconv; the outputs are committed).
"""
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = ["Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020\n(Tính đến 31/3)"]


def tcvn3(text):
    """Unicode → TCVN3 bytes (glibc iconv) → the cp1252 characters Excel stores."""
    raw = subprocess.run(["iconv", "-f", "utf-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                         capture_output=True, check=True).stdout
    return raw.decode("cp1252")


# VNI Windows: a letter with diacritics is its base letter followed by one or two marks typed as Latin-1 letters.
VNI_BASES = {"a": "a", "â": "aâ", "ă": "aê", "e": "e", "ê": "eâ", "o": "o", "ô": "oâ", "ơ": "ô", "u": "u", "ư": "ö",
             "y": "y"}
VNI_TONES = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
# With a circumflex or breve the mark byte carries both: aá = ấ (â + acute), aé = ắ (ă + acute).
VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni(text):
    import unicodedata
    out = []
    for ch in text:
        lower = ch.lower()
        upper = ch != lower
        decomposed = unicodedata.normalize("NFD", lower)
        base, marks = decomposed[0], decomposed[1:]
        tone = next((m for m in marks if m in "\u0301\u0300\u0309\u0303\u0323"), "")
        shape = "".join(m for m in marks if m not in "\u0301\u0300\u0309\u0303\u0323")
        if lower == "đ":
            encoded = "ñ"
        elif base == "i":
            encoded = VNI_I[tone]
        elif base in "aeouy" and (marks or base == "y" and tone):
            if shape == "\u0302":  # circumflex
                encoded = base + VNI_CIRCUMFLEX[tone]
            elif shape == "\u0306":  # breve
                encoded = base + VNI_BREVE[tone]
            elif shape == "\u031b":  # horn: ơ = ô, ư = ö, then the tone mark
                encoded = {"o": "ô", "u": "ö"}[base] + VNI_TONES[tone]
            elif base == "y" and tone == "\u0323":
                encoded = "î"
            else:
                encoded = base + VNI_TONES[tone]
        else:
            encoded = lower
        out.append(encoded.upper() if upper else encoded)
    return "".join(out)


class Cell:
    def __init__(self, value, font=None, span=1, bold=False):
        self.value, self.font, self.span, self.bold = value, font, span, bold


def cell_xml(cell, styles):
    if cell is None:
        return "<table:table-cell/>"
    if not isinstance(cell, Cell):
        cell = Cell(cell)
    style = styles.setdefault((cell.font, cell.bold), f"ce{len(styles) + 1}")
    attrs = f' table:style-name="{style}"'
    if cell.span > 1:
        attrs += f' table:number-columns-spanned="{cell.span}"'
    if isinstance(cell.value, (int, float)):
        body = f'<table:table-cell office:value-type="float" office:value="{cell.value}"{attrs}><text:p>{cell.value}</text:p></table:table-cell>'
    else:
        lines = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(cell.value).split("\n"))
        body = f'<table:table-cell office:value-type="string"{attrs}>{lines}</table:table-cell>'
    return body + "<table:covered-table-cell/>" * (cell.span - 1)


def fods(sheets):
    styles = {}
    tables = []
    for name, rows in sheets:
        xml_rows = "".join("<table:table-row>" + "".join(cell_xml(c, styles) for c in row) + "</table:table-row>"
                           for row in rows)
        tables.append(f'<table:table table:name="{escape(name)}">{xml_rows}</table:table>')
    fonts = sorted({font for font, _ in styles if font})
    faces = "".join(f'<style:font-face style:name="{escape(f)}" svg:font-family="{escape(f)}"/>' for f in fonts)
    cell_styles = "".join(
        f'<style:style style:name="{name}" style:family="table-cell"><style:text-properties'
        + (f' style:font-name="{escape(font)}"' if font else "")
        + (' fo:font-weight="bold"' if bold else "") + "/></style:style>"
        for (font, bold), name in styles.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            f"<office:font-face-decls>{faces}</office:font-face-decls>"
            f"<office:automatic-styles>{cell_styles}</office:automatic-styles>"
            f'<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body></office:document>\n')


def save(name, sheets, outputs):
    """outputs: (extension, LibreOffice filter) pairs; each output is named name + extension."""
    source = os.path.join(HERE, "sources", name + ".fods")
    os.makedirs(os.path.dirname(source), exist_ok=True)
    with open(source, "w", encoding="utf-8") as f:
        f.write(fods(sheets))
    for ext, filter_name in outputs:
        with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                            f"{ext}:{filter_name}", "--outdir", out, source], check=True, capture_output=True)
            produced = os.path.join(out, name + "." + ext)
            if not os.path.exists(produced):
                sys.exit(f"LibreOffice wrote no {name}.{ext}")
            shutil.copyfile(produced, os.path.join(HERE, name + "." + ext))


XLSX = ("xlsx", "Calc MS Excel 2007 XML")
XLS = ("xls", "MS Excel 97")


def indicator_rows(labels_and_values, font=None, encode=lambda s: s):
    return [[Cell(encode(stt), font), Cell(encode(label), font)] + [v for v in values]
            for stt, label, values in labels_and_values]


def main():
    # 1. A department answers only its rows of Phụ lục 7; the template's own footnote names three departments.
    pl7 = [
        ["UBND TỈNH BÌNH ĐỊNH", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", None, None, None, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["PHỤ LỤC 7"],
        ["Thống kê các chỉ tiêu tại lĩnh vực hiện đại hóa hành chính"],
        ["(Kèm theo Báo cáo số 21/BC-STTTT ngày 14/4/2020 của Sở Thông tin và Truyền thông)"],
        ["STT", "Chỉ tiêu"] + YEARS,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        ["1.", "Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử", "62,5%", "70,1%", "78,4%", "85%", "91,2%", "92%"],
        ["2.", "Số đơn vị kết nối Trục liên thông VBQG", None, None, None, 35, 41, 41],
        ["3.", "Số lượng văn bản nhận trên Trục liên thông VBQG", None, None, None, 12850, 20342, 6120],
        ["4.", "Số lượng văn bản gửi trên Trục liên thông VBQG", None, None, None, 9012, 15870, 4450],
        ["5.", "Số lượng chữ ký số", 410, 620, 905, 1240, 1580, 1602],
        ["6.", "Tỷ lệ công chức có hộp thư điện tử", "88%", "92%", "95%", "97%", "98,5%", "98,5%"],
        ["7.", "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản", 20, 25, 30, 31, 31, 31],
        ["8.", "Số cơ chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc", 28, 29, 30, 31, 31, 31],
        ["9.", "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử", 25, 27, 29, 31, 31, 31],
        ["10.", "Số dịch vụ công trực tuyến mức độ 3, mức độ 4"],
        ["11.", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ"],
        ["12.", "Số đơn vị xây dựng, sử dụng phần mềm một cửa điện tử"],
        ["13.", "Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử"],
        ["14.", "Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có bản Công bố ISO"],
        [],
        ["Ghi chú:"],
        ["- Sở Thông tin và Truyền thông thống kê các chỉ tiêu từ số thứ tự thứ 1 đến 9;"],
        ["- Văn phòng UBND tỉnh thống kê các chỉ tiêu từ số thứ tự thứ 10 đến 13;"],
        ["- Sở Khoa học và Công nghệ thống kê chỉ tiêu số thứ tự thứ 14."],
        [None, None, None, None, None, "GIÁM ĐỐC"],
    ]
    save("so-tttt-phu-luc-7-ghi-chu", [("Phụ lục 7", pl7)], [XLSX, XLS])

    # 2. Two appendices in one workbook, one of them broken: the good sheet must still load.
    pl1 = [
        ["UBND HUYỆN TÂY SƠN"],
        [],
        ["PHỤ LỤC 1"],
        ["Thống kê các chỉ tiêu tại lĩnh vực chỉ đạo, điều hành cải cách hành chính"],
        ["(Kèm theo Báo cáo số 45/BC-UBND ngày 15/4/2020 của UBND huyện Tây Sơn)"],
        ["STT", "Chỉ tiêu"] + YEARS,
        ["1", "Số lượng văn bản chỉ đạo, điều hành", 12, 15, 14, 18, 20, 4],
        ["2", "Số lượng các cơ quan, đơn vị được kiểm tra CCHC", 5, 6, 6, 7, 8, 2],
    ]
    pl5_broken = [
        ["UBND HUYỆN TÂY SƠN"],
        [],
        ["PHỤ LỤC 5"],
        ["Thống kê các chỉ tiêu tại lĩnh vực cải cách chế độ công vụ"],
        ["Số TT", "Nội dung", "Số liệu"],
        ["1", "Số lượng công chức", 250],
    ]
    save("tay-son-mot-trang-hong", [("PL1", pl1), ("PL5", pl5_broken)], [XLSX])

    # 3. Columns beside the years: unit of measure, a period total, "Cộng", notes; lettered column-number row.
    pl3 = [
        ["UBND HUYỆN PHÙ CÁT"],
        [],
        ["PHỤ LỤC 3"],
        ["Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính"],
        ["(Kèm theo Báo cáo số 30/BC-UBND ngày 10/4/2020 của UBND huyện Phù Cát)"],
        ["STT", "Chỉ tiêu", "Đơn vị tính"] + YEARS + ["Tổng giai đoạn 2016-2020", "Cộng", "Ghi chú"],
        ["A", "B", "C", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
        ["1.", "Tổng số TTHC của tỉnh"],
        ["-", "Số lượng TTHC cấp huyện", "thủ tục", 220, 231, 240, 245, 251, 251, 1218, 1218, None],
        ["-", "Số lượng TTHC cấp xã", "thủ tục", 98, 101, 104, 108, 110, 110, 523, 523, "Theo Quyết định công bố"],
        ["5.", "Kết quả giải quyết hồ sơ TTHC"],
        ["-", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)", "%",
         "95,1%", "96,4%", "97,5%", "98,2%", "98,9%", "99%", None, None, "Số liệu phần mềm một cửa"],
    ]
    save("phu-cat-pl3-cot-phu", [("PL3", pl3)], [XLSX])

    # 4. TCVN3 (ABC) typed in .VnTime / .VnTimeH, as many offices still do; saved as .xlsx and as .xls.
    t = tcvn3
    vn_rows = [
        [Cell(t("ubnd thị xã an nhơn"), ".VnTimeH"), None, None, None, Cell(t("cộng hoà xã hội chủ nghĩa việt nam"), ".VnTimeH")],
        [None, None, None, None, Cell(t("Độc lập - Tự do - Hạnh phúc"), ".VnTime")],
        [],
        [Cell(t("phụ lục 3"), ".VnTimeH")],
        [Cell(t("Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính"), ".VnTime")],
        [Cell(t("(Kèm theo Báo cáo số 52/BC-UBND ngày 16 tháng 4 năm 2020 của UBND thị xã An Nhơn)"), ".VnTime")],
        [Cell(t("STT"), ".VnTime"), Cell(t("Chỉ tiêu"), ".VnTime")] + [Cell(t(y), ".VnTime") for y in YEARS],
        [Cell("1.", ".VnTime"), Cell(t("Tổng số TTHC của tỉnh"), ".VnTime")],
        [Cell("-", ".VnTime"), Cell(t("Số lượng TTHC cấp huyện"), ".VnTime"), 230, 236, 241, 247, 252, 252],
        [Cell("-", ".VnTime"), Cell(t("Số lượng TTHC cấp xã"), ".VnTime"), 101, 103, 106, 109, 111, 111],
        [Cell("3.", ".VnTime"), Cell(t("Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/ Trang Thông tin điện tử"), ".VnTime"),
         320, 330, 342, 350, 357, Cell(t("Chưa thống kê"), ".VnTime")],
        [Cell("6.", ".VnTime"), Cell(t("Tiếp nhận và xử lý PAKN về TTHC"), ".VnTime")],
        [Cell("-", ".VnTime"), Cell(t("Số lượng PAKN đã tiếp nhận trong năm"), ".VnTime"), 14, 11, 9, 12, 8, 2],
        [Cell("-", ".VnTime"), Cell(t("Số lượng PAKN đã giải quyết trong năm"), ".VnTime"), 14, 11, 9, 12, 8, 1],
        [],
        [None, None, None, None, Cell(t("An Nhơn, ngày 16 tháng 4 năm 2020"), ".VnTime")],
        [None, None, None, None, Cell(t("tm. uỷ ban nhân dân"), ".VnTimeH")],
    ]
    save("an-nhon-pl3-tcvn3", [("PL3", vn_rows)], [XLSX, XLS])

    # 5. The same habit without the font: text pasted from an old file into a sheet in the default font.
    plain = [[Cell(c.value) if isinstance(c, Cell) else c for c in row] for row in vn_rows]
    save("an-nhon-pl3-tcvn3-mat-font", [("PL3", plain)], [XLSX])

    # 6. VNI Windows (VNI-Times), the other legacy encoding still in use in the south and centre.
    v = vni
    vni_rows = [
        [Cell(v("UBND HUYỆN HOÀI ÂN"), "VNI-Times"), None, None, None, Cell(v("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "VNI-Times")],
        [],
        [Cell(v("PHỤ LỤC 1"), "VNI-Times")],
        [Cell(v("Thống kê các chỉ tiêu tại lĩnh vực chỉ đạo, điều hành cải cách hành chính"), "VNI-Times")],
        [Cell(v("(Kèm theo Báo cáo số 18/BC-UBND ngày 13/4/2020 của UBND huyện Hoài Ân)"), "VNI-Times")],
        [Cell("STT", "VNI-Times"), Cell(v("Chỉ tiêu"), "VNI-Times")] + [Cell(v(y), "VNI-Times") for y in YEARS],
        [Cell("1", "VNI-Times"), Cell(v("Số lượng văn bản chỉ đạo, điều hành"), "VNI-Times"), 9, 11, 13, 12, 16, 3],
        [Cell("2", "VNI-Times"), Cell(v("Số lượng các cơ quan, đơn vị được kiểm tra CCHC"), "VNI-Times"), 4, 5, 5, 6, 7, 1],
    ]
    save("hoai-an-pl1-vni", [("PL1", vni_rows)], [XLSX])

    # 7. Phụ lục 8 with verdicts clerks write that the plan does not have ("Cơ bản đạt", "Đạt một phần").
    pl8 = [
        ["UBND HUYỆN VÂN CANH"],
        [],
        ["PHỤ LỤC 8"],
        ["Đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước"],
        ["(Kèm theo Báo cáo số 40/BC-UBND ngày 17/4/2020 của UBND huyện Vân Canh)"],
        ["STT", "Các mục tiêu cải cách", "Đánh giá"],
        ["1", "Thủ tục hành chính liên quan đến cá nhân, tổ chức được cải cách cơ bản theo hướng gọn nhẹ, đơn giản", "Đạt"],
        ["2", "Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020", "Cơ bản đạt"],
        ["3", "Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lắp về chức năng, nhiệm vụ, quyền hạn", "Đạt một phần"],
    ]
    save("van-canh-pl8-danh-gia-la", [("PL8", pl8)], [XLSX, ("ods", "calc8")])


if __name__ == "__main__":
    main()
