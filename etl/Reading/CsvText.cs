using System.Text;

namespace CCHC.Etl.Reading;

/// <summary>Decodes a CSV file's bytes. Excel writes "CSV UTF-8" with a byte-order mark, plain "CSV" in the
/// machine's ANSI code page (Windows-1258 on a Vietnamese Windows), and "Unicode text" as UTF-16; other tools write
/// UTF-8 without a mark. Bytes that are valid UTF-8 are taken as UTF-8, since ANSI Vietnamese text almost never is.</summary>
internal static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        var text = DecodeBytes(bytes);
        if (LooksBinary(text))
            throw new WorkbookReadException("Tệp .csv không phải văn bản: chứa dữ liệu nhị phân hoặc đã hỏng (CSV file is not text: binary or corrupt content).");
        // Windows-1258 stores tone marks as separate combining characters; the catalogue is in composed form.
        return text.Normalize(NormalizationForm.FormC);
    }

    static string DecodeBytes(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1258).GetString(bytes);
        }
    }

    /// <summary>Text has no NUL and next to no control characters; random or compressed bytes have about one in ten.</summary>
    static bool LooksBinary(string text)
    {
        if (text.Length == 0) return false;
        var odd = 0;
        foreach (var ch in text)
        {
            if (ch == '\0') return true;
            if (ch is '\uFFFD' || char.IsControl(ch) && ch is not ('\t' or '\r' or '\n' or '\f')) odd++;
        }
        return odd * 100 > text.Length;
    }
}
