using CCHC.Warehouse.Model;

namespace CCHC.Etl.Appendices;

/// <summary>Who reported an appendix, and what told us.</summary>
/// <param name="Evidence">Where the unit was read, for the audit trail ("A1: UBND HUYỆN TÂY SƠN", "tên tệp").</param>
public sealed record Reporter(Unit Unit, Department? Department, string Evidence);
