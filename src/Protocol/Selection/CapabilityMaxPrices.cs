using System.Globalization;
using System.Text.Json;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// Reads go-livepeer's <c>-maxPricePerCapability</c> JSON (gateway-api.md §3.8):
/// <c>{"capabilities_prices":[{"pipeline":"text-to-image","model_id":"…","price_per_unit":1000,"pixels_per_unit":1,"currency":"wei"}]}</c>.
/// An empty or absent model id is the pipeline-wide entry. Prices are wei (a JSON number or exact text such
/// as "0.5" or "3/2"); other currencies need a price feed this node does not have, so they are refused.
/// </summary>
public static class CapabilityMaxPrices
{
    public static Dictionary<CapabilityModel, BigRational> Parse(string json, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<string>();
        var prices = new Dictionary<CapabilityModel, BigRational>();
        errors = problems;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            problems.Add($"max prices per capability are not valid JSON: {e.Message}");
            return prices;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("capabilities_prices", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("max prices per capability must be an object with a \"capabilities_prices\" array");
                return prices;
            }
            int index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                string at = Invariant($"capabilities_prices[{index++}]");
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{at} is not an object");
                    continue;
                }
                var pipeline = Text(entry, "pipeline");
                if (!Capability.TryFromPipeline(pipeline, out int capability))
                {
                    problems.Add($"{at}.pipeline '{pipeline}' is not a pipeline: use one of {string.Join(", ", Capability.Pipelines)}");
                    continue;
                }
                var model = (Text(entry, "model_id") ?? "").Trim();
                if (model == "default")
                {
                    model = "";
                }
                if (model.Length > AiRequestParser.MaxModelIdLength)
                {
                    problems.Add(Invariant($"{at}.model_id is longer than {AiRequestParser.MaxModelIdLength} characters"));
                    continue;
                }
                var currency = Text(entry, "currency");
                if (!string.IsNullOrEmpty(currency) && !string.Equals(currency, "wei", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{at}.currency '{currency}' is not supported: prices are in wei");
                    continue;
                }
                if (!TryPrice(entry, "price_per_unit", out var pricePerUnit, out var priceError))
                {
                    problems.Add($"{at}.price_per_unit: {priceError}");
                    continue;
                }
                var pixelsPerUnit = BigRational.One;
                if (entry.TryGetProperty("pixels_per_unit", out var pixels) && pixels.ValueKind != JsonValueKind.Null)
                {
                    if (!TryPrice(entry, "pixels_per_unit", out pixelsPerUnit, out var pixelsError) || pixelsPerUnit.Sign <= 0)
                    {
                        problems.Add($"{at}.pixels_per_unit: {pixelsError ?? "must be positive"}");
                        continue;
                    }
                }
                var job = new CapabilityModel(capability, model);
                if (!prices.TryAdd(job, pricePerUnit / pixelsPerUnit))
                {
                    problems.Add($"{at}: {job} is listed more than once");
                }
            }
        }
        return prices;
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryPrice(JsonElement entry, string name, out BigRational price, out string? error)
    {
        price = BigRational.Zero;
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
        {
            error = $"missing: use {PriceText.Forms}";
            return false;
        }
        string text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()!;
        return PriceText.TryParse(text, out price, out error);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
