using CCHC.Warehouse.Model;
using DuckDB.NET.Data;

namespace CCHC.Warehouse;

/// <summary>Writes the catalogue's rows into the dim_* tables with DuckDB's appender, in each table's column order.</summary>
internal static class DimensionRows
{
    public static void Append(DuckDBConnection connection, Catalogue catalogue)
    {
        using (var appender = connection.CreateAppender("dim_unit"))
            foreach (var unit in catalogue.Units)
                appender.CreateRow().AppendValue(unit.Code).AppendValue(unit.Name).AppendValue(unit.Level)
                    .AppendValue(unit.Terrain).AppendValue(unit.Aliases).EndRow();

        using (var appender = connection.CreateAppender("dim_unit_kind"))
            foreach (var kind in catalogue.UnitKinds)
                appender.CreateRow().AppendValue(kind.UnitCode).AppendValue(kind.Kind).AppendValue(kind.FromYear)
                    .AppendValue(kind.ToYear).EndRow();

        using (var appender = connection.CreateAppender("dim_department"))
            foreach (var department in catalogue.Departments)
                appender.CreateRow().AppendValue(department.Code).AppendValue(department.Name)
                    .AppendValue(department.Aliases).EndRow();

        using (var appender = connection.CreateAppender("dim_area"))
            foreach (var area in catalogue.Areas)
                appender.CreateRow().AppendValue(area.Code).AppendValue(area.Name).AppendValue(area.SortOrder).EndRow();

        using (var appender = connection.CreateAppender("dim_appendix"))
            foreach (var appendix in catalogue.Appendices)
                appender.CreateRow().AppendValue(appendix.Code).AppendValue(appendix.Number).AppendValue(appendix.Title)
                    .AppendValue(appendix.Kind).AppendValue(appendix.Programme).AppendValue(appendix.AreaCode)
                    .AppendValue(appendix.DepartmentCodes).EndRow();

        using (var appender = connection.CreateAppender("dim_indicator"))
            foreach (var indicator in catalogue.Indicators)
                appender.CreateRow().AppendValue(indicator.Code).AppendValue(indicator.AppendixCode).AppendValue(indicator.Stt)
                    .AppendValue(indicator.Label).AppendValue(indicator.ParentCode).AppendValue(indicator.AreaCode)
                    .AppendValue(indicator.UnitOfMeasure).AppendValue(indicator.DepartmentCode).AppendValue(indicator.AppliesTo)
                    .AppendValue(indicator.SortOrder).EndRow();

        using (var appender = connection.CreateAppender("dim_target"))
            foreach (var target in catalogue.Targets)
                appender.CreateRow().AppendValue(target.Code).AppendValue(target.Programme).AppendValue(target.AppendixCode)
                    .AppendValue(target.TargetNo).AppendValue(target.Text).AppendValue(target.AreaCode).EndRow();

        using (var appender = connection.CreateAppender("dim_org_measure"))
            foreach (var measure in catalogue.OrgMeasures)
                appender.CreateRow().AppendValue(measure.Code).AppendValue(measure.Section).AppendValue(measure.SectionTitle)
                    .AppendValue(measure.Label).AppendValue(measure.Sector).AppendValue(measure.OwnerLevel)
                    .AppendValue(measure.SortOrder).EndRow();

        if (catalogue.Period is { } period)
        {
            using var appender = connection.CreateAppender("dim_reporting_period");
            appender.CreateRow().AppendValue(period.FirstYear).AppendValue(period.LastYear).AppendValue(period.PartialYear)
                .AppendValue(period.PartialUntil).EndRow();
        }
        using (var appender = connection.CreateAppender("dim_validation_rule"))
            foreach (var rule in catalogue.ValidationRules)
                appender.CreateRow().AppendValue(rule.Code).AppendValue(rule.Kind).AppendValue(rule.Left).AppendValue(rule.Right)
                    .AppendValue(rule.Min).AppendValue(rule.Max).AppendValue(rule.Bound).AppendValue(rule.Importance)
                    .AppendValue(rule.Description).AppendValue(rule.Instruction).AppendValue(rule.SortOrder).EndRow();
    }
}
