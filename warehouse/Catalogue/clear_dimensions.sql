-- The catalogue is replaced whole: facts keep their codes and the views join them to whatever the catalogue now says.
DELETE FROM dim_unit;
DELETE FROM dim_unit_kind;
DELETE FROM dim_department;
DELETE FROM dim_area;
DELETE FROM dim_appendix;
DELETE FROM dim_indicator;
DELETE FROM dim_target;
DELETE FROM dim_org_measure;
DELETE FROM dim_reporting_period;
DELETE FROM dim_validation_rule;
