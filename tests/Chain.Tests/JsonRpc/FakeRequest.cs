using System.Text.Json;

namespace Livepeer.Chain.Tests.JsonRpc;

/// <summary>One HTTP request the fake node received: its 1-based number and its JSON body.</summary>
internal sealed record FakeRequest(int Number, JsonElement Body)
{
    /// <summary>The body as a single request object (fails the test for a batch).</summary>
    public JsonElement Single => Body.ValueKind == JsonValueKind.Object ? Body : throw new InvalidOperationException($"expected a single request, got {Body.ValueKind}");

    public string Method => Single.GetProperty("method").GetString()!;

    public JsonElement Params => Single.GetProperty("params");
}
