using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.TestSupport.Node;
using Xunit;

namespace Livepeer.TestSupport.AiSdk;

/// <summary>
/// Runs calls through the official <c>@livepeer/ai</c> SDK (node, tests/TestSupport/AiSdk/livepeer-ai-calls.cjs,
/// with the SDK from tools/node) against a gateway: an in-process one or ./run.sh's.
/// </summary>
public static class SdkCalls
{
    private const string Script = "tests/TestSupport/AiSdk/livepeer-ai-calls.cjs";

    /// <summary>One outcome per call: <c>{ok, result}</c> or <c>{ok:false, error:{name, message, statusCode, detail}}</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> RunAsync(Uri gateway, IEnumerable<object> calls, string? bearer = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var input = new JsonObject
        {
            ["serverURL"] = gateway.ToString().TrimEnd('/'),
            ["httpBearer"] = bearer,
            ["calls"] = JsonSerializer.SerializeToNode(calls),
        };
        var output = await NodeScripts.RunAsync(Script, input.ToJsonString(), package: "@livepeer/ai").ConfigureAwait(false);
        using var document = JsonDocument.Parse(output);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static JsonElement Result(JsonElement outcome)
    {
        Assert.True(outcome.GetProperty("ok").GetBoolean(), $"the SDK call failed: {outcome}");
        return outcome.GetProperty("result");
    }

    public static JsonElement Error(JsonElement outcome)
    {
        Assert.False(outcome.GetProperty("ok").GetBoolean(), $"the SDK call succeeded where it should not: {outcome}");
        return outcome.GetProperty("error");
    }
}
