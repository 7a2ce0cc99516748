using CCHC.Etl.Templates;
using CCHC.Warehouse.Model;

namespace CCHC.Etl.Samples;

/// <summary>Decides every sample file: each district's Phụ lục 1–8 sent its own way, each department's appendices for
/// the province, the deliberate gaps and the one resubmission. Values come from the sample generators.</summary>
internal sealed class SamplePlan(Catalogue catalogue)
{
    readonly SampleIndicatorValues indicatorValues = new(catalogue);
    readonly SampleOrgCounts orgCounts = new(catalogue);
    readonly IReadOnlyList<Appendix> appendices = ReportAppendices.Of2020(catalogue);

    public IReadOnlyList<SampleFile> Files()
    {
        var files = new List<SampleFile>();
        foreach (var unit in catalogue.Units.Where(u => u.Level == "district").OrderBy(u => u.Code, StringComparer.Ordinal))
            files.AddRange(District(unit));
        if (catalogue.Units.FirstOrDefault(u => u.Level == "province") is { } province)
            foreach (var department in catalogue.Departments)
                files.AddRange(Department(province, department));
        return files;
    }

    IEnumerable<SampleFile> District(Unit unit)
    {
        var habits = DistrictHabits.For(unit);
        var heading = ReportHeading.For(catalogue, unit, null, habits.Report);
        var title = Title(AdministrativeNames.PeoplesCommittee(catalogue, unit, AppendixYears.Report2020.ReportYear));
        var sheets = appendices.Where(a => !habits.NotSent.Contains(a.Number))
            .Select(a => Sheet(a, habits, heading, unit, null)).ToList();
        foreach (var file in Package(habits, sheets, title)) yield return file;

        if (habits.Resubmission is { } resubmission && sheets.FirstOrDefault(s => s.Appendix.Number == resubmission.Appendix) is { } first)
        {
            var later = ReportHeading.For(catalogue, unit, null, resubmission.Report);
            yield return new SampleFile(resubmission.FileName, title, [Corrected(first) with { Heading = later }],
                $"resubmission (bổ sung) of Phụ lục {resubmission.Appendix}, report dated {resubmission.Report.Date:d/M/yyyy}, "
                + "three values corrected: the loader keeps it and marks the first copy superseded");
        }
    }

    IEnumerable<SampleFile> Department(Unit province, Department department)
    {
        var own = appendices.Where(a => a.DepartmentCodes.Contains(department.Code)).ToList();
        if (own.Count == 0) yield break;
        var habits = DepartmentHabits.For(department);
        var heading = ReportHeading.For(catalogue, province, department, habits.Report);
        var sheets = own.Select(a => Sheet(a, habits, heading, province, department)).ToList();
        foreach (var file in Package(habits, sheets, Title(department.Name))) yield return file;
    }

    static string Title(string reporter) => $"Phụ lục báo cáo CCHC 2020 – {reporter} (dữ liệu mẫu)";

    static IEnumerable<SampleFile> Package(SubmissionHabits habits, List<AppendixSheet> sheets, string title)
    {
        if (!habits.FilePerAppendix)
        {
            yield return new SampleFile(habits.FileName, title, sheets, habits.Quirks);
            yield break;
        }
        foreach (var sheet in sheets)
            yield return new SampleFile(string.Format(habits.FileName, sheet.Appendix.Number), title, [sheet], habits.Quirks);
    }

    AppendixSheet Sheet(Appendix appendix, SubmissionHabits habits, ReportHeading heading, Unit unit, Department? department)
    {
        var style = habits.Style with { RepeatHeaderAfter = appendix.Number == 3 ? habits.RepeatLongTableHeaderAfter : null };
        var values = appendix.Kind switch
        {
            "org_count" => OrgCounts(appendix, unit),
            "target" => Verdicts(appendix, unit, style.NoteColumn),
            _ => Indicators(appendix, unit, department, habits, style.NoteColumn),
        };
        return new AppendixSheet(string.Format(habits.SheetName, appendix.Number), appendix, heading, unit.Level, style, values,
            SampleMarker.Text);
    }

    AppendixValues Indicators(Appendix appendix, Unit unit, Department? department, SubmissionHabits habits, bool notes)
    {
        var values = new Dictionary<(string, int), double>();
        var notesByCode = new Dictionary<string, string>();
        foreach (var indicator in catalogue.Indicators.Where(i => i.AppendixCode == appendix.Code))
        {
            // A department fills only its own rows (Phụ lục 7 is split between three of them).
            var owner = indicator.DepartmentCode ?? appendix.DepartmentCodes.FirstOrDefault();
            if (department is not null && owner != department.Code) continue;
            foreach (var year in AppendixYears.Report2020.All)
            {
                if (habits.EmptyColumns.Contains((appendix.Number, year))) continue;
                if (indicatorValues.Value(unit, indicator.Code, year) is { } v) values[(indicator.Code, year)] = v;
            }
            var pair = IndicatorProfiles.For(indicator.Code, indicator.UnitOfMeasure);
            var from = (unit.Level == "province" ? pair.Province : pair.District)?.FromYear;
            if (notes && from is not null && values.ContainsKey((indicator.Code, from.Value)))
                notesByCode[indicator.Code] = $"Số liệu có từ năm {from}";
        }
        return new AppendixValues { Indicators = values, Notes = notesByCode };
    }

    AppendixValues OrgCounts(Appendix appendix, Unit unit)
    {
        var values = new Dictionary<(string, string), double>();
        foreach (var measure in catalogue.OrgMeasures)
            foreach (var (period, _) in AppendixYears.OrgPeriods)
                if (orgCounts.Value(unit, measure, period) is { } v) values[(measure.Code, period)] = v;
        return new AppendixValues { OrgCounts = values };
    }

    AppendixValues Verdicts(Appendix appendix, Unit unit, bool notes)
    {
        var verdicts = catalogue.Targets.Where(t => t.AppendixCode == appendix.Code)
            .ToDictionary(t => t.Code, t => SampleVerdicts.Achieved(unit, t));
        var notesByCode = notes
            ? verdicts.Where(v => !v.Value).ToDictionary(v => v.Key, _ => "Tiếp tục thực hiện trong năm 2020")
            : [];
        return new AppendixValues { Verdicts = verdicts, Notes = notesByCode };
    }

    // The resubmission corrects the latest whole year of two counts and a rate, as a clerk fixing typos would.
    AppendixSheet Corrected(AppendixSheet sheet)
    {
        var values = sheet.Values.Indicators.ToDictionary();
        var notes = sheet.Values.Notes.ToDictionary();
        var year = AppendixYears.Report2020.PartialYear!.Value - 1;
        var rows = catalogue.Indicators.Where(i => i.AppendixCode == sheet.Appendix.Code && values.ContainsKey((i.Code, year)))
            .OrderBy(i => i.SortOrder).ToList();
        var picked = rows.Where(i => i.UnitOfMeasure == "count").Take(2).Concat(rows.Where(i => i.UnitOfMeasure == "percent").Take(1));
        foreach (var indicator in picked)
        {
            var key = (indicator.Code, year);
            values[key] = indicator.UnitOfMeasure == "percent" ? Math.Round(Math.Max(0, values[key] - 0.7), 1) : values[key] + 3;
            if (sheet.Style.NoteColumn) notes[indicator.Code] = $"Điều chỉnh số liệu năm {year}";
        }
        return sheet with { Values = sheet.Values with { Indicators = values, Notes = notes } };
    }
}
