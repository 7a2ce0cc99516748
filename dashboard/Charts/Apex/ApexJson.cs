using System.Text.Json;
using System.Text.Json.Serialization;

namespace CCHC.Dashboard.Charts.Apex;

public static class ApexJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ApexOptions options) => JsonSerializer.Serialize(options, Options);
}
