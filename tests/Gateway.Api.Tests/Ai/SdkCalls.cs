using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.TestSupport;

namespace Livepeer.Gateway.Api.Tests.Ai;

/// <summary>Runs calls through the official <c>@livepeer/ai</c> SDK (node, Ai/sdk/livepeer-ai-calls.cjs) against a gateway.</summary>
internal static class SdkCalls
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Ai", "sdk", "livepeer-ai-calls.cjs");

    /// <summary>One outcome per call: <c>{ok, result}</c> or <c>{ok:false, error:{name, message, statusCode, detail}}</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> RunAsync(Uri gateway, IEnumerable<object> calls, string? bearer = null)
    {
        var input = new JsonObject
        {
            ["serverURL"] = gateway.ToString().TrimEnd('/'),
            ["httpBearer"] = bearer,
            ["calls"] = JsonSerializer.SerializeToNode(calls),
        };
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["LP_REPO_ROOT"] = RepoPaths.Root },
        };
        start.ArgumentList.Add(Script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        await using var owned = new OwnedProcess(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"the SDK script failed ({process.ExitCode}): {await stderr}");
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
