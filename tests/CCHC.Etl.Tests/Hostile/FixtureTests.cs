using System.IO.Compression;
using System.Text;
using System.Xml;
using CCHC.Etl.Tests.Builders;
using CCHC.Etl.Tests.Hostile.Files;
using ExcelDataReader;

namespace CCHC.Etl.Tests.Hostile;

/// <summary>The hostile files are what they claim to be, so a refusal proves the guard and not a broken fixture.</summary>
public class FixtureTests
{
    static FixtureTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void The_encrypted_workbook_opens_with_its_password()
    {
        using var dir = new TempDirectory();
        var plain = Submissions.Xlsx(dir.File("plain.xlsx"), Submissions.AnLaoClean());
        var encrypted = EncryptedWorkbook.Write(plain, dir.File("encrypted.xlsx"), "MatKhau@2020");

        using var stream = File.OpenRead(encrypted);
        using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { Password = "MatKhau@2020" });
        var labels = new List<string?>();
        while (reader.Read()) labels.Add(reader.GetValue(1)?.ToString());

        Assert.Contains("Số lượng TTHC cấp huyện", labels);
    }

    [Fact]
    public void The_zip_bomb_inflates_to_the_size_it_declares_as_well_formed_xml()
    {
        using var dir = new TempDirectory();
        var bomb = ZipBomb.Write(dir.Path, "bomb.xlsx", inflatedMegabytes: 8);

        using var zip = ZipFile.OpenRead(bomb);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        using var counted = new CountingStream(sheet.Open());
        using (var xml = XmlReader.Create(counted)) while (xml.Read()) { }

        Assert.Equal(sheet.Length, counted.Total);
        Assert.True(sheet.Length > 8L << 20);
        Assert.True(sheet.Length > 500 * sheet.CompressedLength);
    }

    sealed class CountingStream(Stream inner) : Stream
    {
        public long Total { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Total += read;
            return read;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Total; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
