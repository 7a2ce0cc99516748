using CCHC.Warehouse.Model;

namespace CCHC.Warehouse.Tests;

/// <summary>One appendix of a workbook as the ETL would hand it over; cells are numbered down column D unless given.</summary>
public sealed class SubmissionBuilder
{
    private readonly string appendixCode;
    private readonly string unitCode;
    private readonly List<IndicatorFact> indicators = [];
    private readonly List<TargetFact> targets = [];
    private readonly List<OrgCountFact> orgCounts = [];
    private readonly List<RowReject> rejects = [];
    private string? department;
    private string sheet;
    private DateOnly? reportDate;
    private bool isSample;
    private int nextRow = 8;

    public SubmissionBuilder(string appendixCode, string unitCode)
    {
        this.appendixCode = appendixCode;
        this.unitCode = unitCode;
        sheet = appendixCode;
    }

    public SubmissionBuilder Department(string code) { department = code; return this; }

    public SubmissionBuilder Sheet(string name) { sheet = name; return this; }

    public SubmissionBuilder ReportedOn(int year, int month, int day) { reportDate = new DateOnly(year, month, day); return this; }

    public SubmissionBuilder Sample() { isSample = true; return this; }

    public SubmissionBuilder Indicator(string code, int year, double value, string? cell = null, bool partial = false)
    {
        indicators.Add(new IndicatorFact(code, year, value, partial, value.ToString(System.Globalization.CultureInfo.InvariantCulture), cell ?? NextCell()));
        return this;
    }

    public SubmissionBuilder Target(string code, bool achieved, string? cell = null)
    {
        var verdict = achieved ? "Đạt" : "Không đạt";
        var at = cell ?? NextCell();
        targets.Add(new TargetFact(code, achieved, "Kết quả " + code, verdict, at, "C" + at[1..]));
        return this;
    }

    public SubmissionBuilder OrgCount(string measure, string period, double value, string? cell = null)
    {
        orgCounts.Add(new OrgCountFact(measure, period, value, cell ?? NextCell()));
        return this;
    }

    public SubmissionBuilder Reject(string? cell, string reason)
    {
        rejects.Add(new RowReject(sheet, cell, reason));
        return this;
    }

    /// <summary>A value cell of the indicator and year the ETL could not read.</summary>
    public SubmissionBuilder RejectedValue(string code, int year, string cell, string reason)
    {
        rejects.Add(new RowReject(sheet, cell, reason, code, year));
        return this;
    }

    public Submission Build() =>
        new(appendixCode, unitCode, department, sheet, reportDate, isSample, indicators, targets, orgCounts, rejects);

    private string NextCell() => "D" + nextRow++;
}
