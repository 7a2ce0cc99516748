using System.Diagnostics;
using System.Text;
using CCHC.Etl.LegacyText;
using CCHC.Etl.Tests.Builders;

namespace CCHC.Etl.Tests.OfficeFiles;

/// <summary>TCVN3 (ABC) and VNI Windows text, as offices still type it, read back as Unicode: the decoders on strings
/// known from the field and on the whole alphabet, and whole workbooks LibreOffice saved with .VnTime, .VnTimeH and
/// VNI-Times cells.</summary>
public class LegacyEncodingTests
{
    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§¸nh gi¸", "Đánh giá")]
    [InlineData("Phô lôc 3", "Phụ lục 3")]
    [InlineData("Thèng kª c¸c chØ tiªu t¹i lÜnh vùc c¶i c¸ch thñ tôc hµnh chÝnh", "Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính")]
    [InlineData("Sè l\u00ADîng TTHC cÊp x·", "Số lượng TTHC cấp xã")]
    public void Tcvn3_text_reads_as_the_Unicode_it_stands_for(string legacy, string unicode) =>
        Assert.Equal(unicode, Tcvn3.Decode(legacy));

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Xin chaøo caùc baïn", "Xin chào các bạn")]
    [InlineData("ñöôïc", "được")]
    [InlineData("UBND HUYEÄN HOAØI AÂN", "UBND HUYỆN HOÀI ÂN")]
    [InlineData("Ñaùnh giaù möùc ñoä thöïc hieän", "Đánh giá mức độ thực hiện")]
    [InlineData("naêm 2020, quyù I, tyû leä", "năm 2020, quý I, tỷ lệ")]
    public void Vni_text_reads_as_the_Unicode_it_stands_for(string legacy, string unicode) =>
        Assert.Equal(unicode, VniWindows.Decode(legacy));

    [Theory]
    [InlineData("Cộng hoà xã hội")]
    [InlineData("Số lượng TTHC cấp xã")]
    public void Text_typed_in_Unicode_is_never_decoded(string unicode)
    {
        Assert.Null(Tcvn3.Decode(unicode));
        Assert.Null(VniWindows.Decode(unicode));
    }

    /// <summary>Every Vietnamese small letter encoded by glibc's iconv (TCVN5712-1, which a Debian machine always has),
    /// read back through our table: the table is checked byte by byte against an implementation it was not copied into.</summary>
    [Fact]
    public void Every_small_Vietnamese_letter_round_trips_through_glibc_iconv()
    {
        var letters = string.Concat("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
            .Select(ch => ch + " "));
        var bytes = Iconv(letters, "TCVN5712-1");
        var asStored = Encoding.Latin1.GetString(bytes);

        Assert.Equal(letters, Tcvn3.Decode(asStored));
    }

    [Theory]
    [InlineData("an-nhon-pl3-tcvn3.xlsx", ".VnTimeH")]
    [InlineData("an-nhon-pl3-tcvn3.xls", ".VnTimeH")]
    [InlineData("an-nhon-pl3-tcvn3-mat-font.xlsx", "nhận ra theo các ký tự")]
    public void A_workbook_typed_in_Tcvn3_loads_with_its_values_and_the_load_says_it_was_converted(string file, string how)
    {
        var result = OfficeFile.Read(file);
        Assert.False(result.IsRejected, result.RejectReason);
        var s = Assert.Single(result.Submissions);

        Assert.Equal(("PL3", "549"), (s.AppendixCode, s.UnitCode));
        Assert.Equal(new DateOnly(2020, 4, 16), s.ReportDate);
        Assert.Equal((230.0, "C9"), (s.Fact("PL3.1.2", 2015).Value, s.Fact("PL3.1.2", 2015).Cell));
        Assert.Equal(357, s.Fact("PL3.3", 2019).Value);
        Assert.Equal(1, s.Fact("PL3.6.2", 2020).Value);
        // The one text in a value cell is rejected in Unicode, so the clerk can read the reason.
        Assert.Contains("\"Chưa thống kê\"", Assert.Single(s.RowRejects).Reason);
        var note = Assert.Single(result.Notes);
        Assert.Contains("TCVN3", note.Note);
        Assert.Contains(how, note.Note);
    }

    [Fact]
    public void Text_in_a_capitals_only_font_reads_as_capitals()
    {
        var note = Assert.Single(OfficeFile.Read("an-nhon-pl3-tcvn3.xlsx").Notes);

        Assert.Contains("→ \"UBND THỊ XÃ AN NHƠN\"", note.Note);
    }

    [Fact]
    public void A_workbook_typed_in_Vni_loads_with_its_values_and_the_load_says_it_was_converted()
    {
        var result = OfficeFile.Read("hoai-an-pl1-vni.xlsx");
        var s = Assert.Single(result.Submissions);

        Assert.Equal(("PL1", "544"), (s.AppendixCode, s.UnitCode));
        Assert.Equal(16, s.Fact("PL1.1", 2019).Value);
        Assert.Equal(7, s.Fact("PL1.2", 2019).Value);
        Assert.Empty(s.RowRejects);
        Assert.Contains("VNI", Assert.Single(result.Notes).Note);
    }

    [Fact]
    public void A_Unicode_workbook_gets_no_note_and_no_text_changed() =>
        Assert.Empty(OfficeFile.Read("phu-cat-pl3-cot-phu.xlsx").Notes);

    static byte[] Iconv(string text, string to)
    {
        using var process = Process.Start(new ProcessStartInfo("iconv", ["-f", "UTF-8", "-t", to])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
        })!;
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.ToArray();
    }
}
