using System.Text.Json.Serialization;

namespace Livepeer.Gateway.Api.Ai;

/// <summary><c>{"status":"processing"}</c> (202) or <c>{"status":"complete","result":…}</c> (200).</summary>
public sealed record AsyncStatus(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AsyncResult? Result)
{
    public const string Processing = "processing";
    public const string Complete = "complete";
}
