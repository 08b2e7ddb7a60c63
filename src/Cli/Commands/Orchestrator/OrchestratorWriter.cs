using System.Text.Json;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>Text renderings of the admin API's orchestrator list and price books (<c>--json</c> prints the API's JSON as is).</summary>
public static class OrchestratorWriter
{
    public static void WriteList(JsonElement list, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var orchestrators = Array(list, "orchestrators");
        if (orchestrators.Count == 0)
        {
            output.WriteLine("no orchestrators run in this cluster");
            return;
        }
        output.WriteLine($"{"ADDRESS",-42}  {"ACTIVE",-6}  {"BASE PRICE (wei/pixel)",-22}  {"AUTO-ADJUST",-11}  {"OTHER PRICES",-12}  SERVICE URI");
        foreach (var o in orchestrators)
        {
            var prices = o.TryGetProperty("prices", out var p) ? p : default;
            int others = Int(prices, "capabilityPrices") + Int(prices, "senderPrices");
            var uri = Text(o, "serviceUri");
            output.WriteLine(
                $"{Text(o, "address"),-42}  {YesNo(o, "active"),-6}  {Text(prices, "basePricePerPixel"),-22}  {YesNo(prices, "autoAdjust"),-11}  {others,-12}  {(uri.Length == 0 ? "(in-cluster only)" : uri)}");
        }
    }

    public static void WritePriceBook(JsonElement book, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"orchestrator  {Text(book, "orchestrator")}");
        var info = book.TryGetProperty("basePriceInfo", out var i) ? i : default;
        output.WriteLine($"base price    {Text(book, "basePricePerPixel")} wei/pixel (pricePerUnit {Text(info, "pricePerUnit")}, pixelsPerUnit {Text(info, "pixelsPerUnit")})");
        output.WriteLine($"auto-adjust   {YesNo(book, "autoAdjust")}");
        var capabilities = Array(book, "capabilities");
        output.WriteLine(capabilities.Count == 0 ? "capability prices: none" : "capability prices (wei/unit):");
        foreach (var c in capabilities)
        {
            var model = c.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : "(every model)";
            var sender = c.TryGetProperty("sender", out var s) && s.ValueKind == JsonValueKind.String ? $"  for sender {s.GetString()}" : "";
            output.WriteLine($"  {Text(c, "capability"),-20}  {model,-40}  {Text(c, "pricePerUnit")}{sender}");
        }
        var senders = Array(book, "senders");
        output.WriteLine(senders.Count == 0 ? "sender prices: none" : "sender prices (wei/pixel):");
        foreach (var s in senders)
        {
            output.WriteLine($"  {Text(s, "sender"),-42}  {Text(s, "pricePerPixel")}");
        }
    }

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray()]
            : [];

    private static string Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return "?";
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    private static int Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out int n) ? n : 0;

    private static string YesNo(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.True => "yes", JsonValueKind.False => "no", _ => "?" }
            : "?";
}
