using CCHC.Warehouse.Model;

namespace CCHC.Etl.Templates;

/// <summary>The eight appendices of the 2020 report (Phụ lục 1–8). Phụ lục IX belongs to the 2025 report and is
/// shipped as the transcript of the real document, not as a template.</summary>
public static class ReportAppendices
{
    public static IReadOnlyList<Appendix> Of2020(Catalogue catalogue) =>
        catalogue.Appendices.Where(a => a.Number is >= 1 and <= 8).OrderBy(a => a.Number).ToList();
}
