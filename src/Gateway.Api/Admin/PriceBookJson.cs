using System.Globalization;
using System.Text.Json;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Selection;

namespace Livepeer.Gateway.Api.Admin;

/// <summary>
/// The admin API's JSON form of a <see cref="PriceBook"/> (docs/admin-api.md). Reading collects every problem
/// with its JSON path instead of stopping at the first, so an operator fixes a body in one go. What is written
/// reads back to the same book.
/// </summary>
public static class PriceBookJson
{
    public const int MaxEntries = 1000;

    private static readonly string[] RootProperties = ["orchestrator", "basePricePerPixel", "basePriceInfo", "autoAdjust", "capabilities", "senders"];
    private static readonly string[] CapabilityProperties = ["capability", "capabilityId", "model", "sender", "pricePerUnit", "priceInfo"];
    private static readonly string[] SenderProperties = ["sender", "pricePerPixel", "priceInfo"];

    public static PriceBookResponse Write(EthAddress orchestrator, PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var capabilities = new List<CapabilityPriceResponse>();
        var senders = new List<SenderPriceResponse>();
        foreach (var entry in book.Entries)
        {
            if (entry.Capability is { } capability)
            {
                capabilities.Add(new CapabilityPriceResponse(
                    CapabilityName(capability), capability, entry.Model, entry.Sender?.ToString(), PriceText.Format(entry.PricePerPixel), InfoOf(entry)));
            }
            else if (entry.Sender is { } sender)
            {
                senders.Add(new SenderPriceResponse(sender.ToString(), PriceText.Format(entry.PricePerPixel), InfoOf(entry)));
            }
        }
        return new PriceBookResponse(orchestrator.ToString(), PriceText.Format(book.BasePricePerPixel), InfoOf(book.BasePrice), book.AutoAdjust, capabilities, senders);
    }

    public static PriceSummary Summarize(PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        int capabilities = book.Entries.Count(e => e.Capability is not null);
        return new PriceSummary(PriceText.Format(book.BasePricePerPixel), book.AutoAdjust, capabilities, book.Entries.Count - capabilities);
    }

    /// <summary>The book in <paramref name="root"/>, or null with every problem in <paramref name="errors"/>.</summary>
    public static PriceBook? Read(JsonElement root, EthAddress orchestrator, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"the body must be a JSON object with basePricePerPixel, autoAdjust, capabilities and senders, got {Describe(root)}");
            return null;
        }
        CheckProperties(root, "", RootProperties, problems);

        if (root.TryGetProperty("orchestrator", out var named))
        {
            if (named.ValueKind != JsonValueKind.String || !EthAddress.TryParse(named.GetString(), out var address) || address != orchestrator)
            {
                problems.Add($"orchestrator: the body is for {Text(named)} but the route names {orchestrator} (leave it out or make them match)");
            }
        }
        PriceEntry? basePrice = null;
        if (!root.TryGetProperty("basePricePerPixel", out var baseElement))
        {
            problems.Add($"basePricePerPixel is required: {PriceText.Forms} per pixel");
        }
        else if (ReadPrice(baseElement, "basePricePerPixel", problems) is { } price)
        {
            basePrice = Entry(null, null, null, price);
        }
        bool autoAdjust = true;
        if (root.TryGetProperty("autoAdjust", out var autoElement))
        {
            if (autoElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                autoAdjust = autoElement.GetBoolean();
            }
            else
            {
                problems.Add($"autoAdjust must be true or false, got {Describe(autoElement)}");
            }
        }

        var entries = new List<PriceEntry>();
        foreach (var (item, path) in Items(root, "capabilities", problems))
        {
            if (ReadCapabilityEntry(item, path, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }
        foreach (var (item, path) in Items(root, "senders", problems))
        {
            if (ReadSenderEntry(item, path, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }
        if (CountItems(root, "capabilities") + CountItems(root, "senders") > MaxEntries)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"at most {MaxEntries} capability and sender prices together"));
        }
        return problems.Count == 0 && basePrice is not null ? new PriceBook(basePrice, autoAdjust, entries) : null;
    }

    private static PriceEntry? ReadCapabilityEntry(JsonElement item, string path, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path} must be an object {{\"capability\",\"model\",\"sender\",\"pricePerUnit\"}}, got {Describe(item)}");
            return null;
        }
        int before = problems.Count;
        CheckProperties(item, path + ".", CapabilityProperties, problems);
        uint? capability = null;
        if (!item.TryGetProperty("capability", out var capabilityElement))
        {
            problems.Add($"{path}.capability is required: a pipeline name ({string.Join(", ", Capability.Pipelines)}) or a capability id");
        }
        else
        {
            capability = ReadCapability(capabilityElement, path + ".capability", problems);
        }
        if (capability is { } id && item.TryGetProperty("capabilityId", out var idElement)
            && (!idElement.TryGetUInt32(out var givenId) || givenId != id))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}.capabilityId {idElement.GetRawText()} does not match the capability's id {id}; capabilityId is output only, leave it out"));
        }
        string? model = null;
        if (item.TryGetProperty("model", out var modelElement) && modelElement.ValueKind != JsonValueKind.Null)
        {
            if (modelElement.ValueKind == JsonValueKind.String)
            {
                model = modelElement.GetString();
            }
            else
            {
                problems.Add($"{path}.model must be a model id string (leave it out for every model), got {Describe(modelElement)}");
            }
        }
        EthAddress? sender = null;
        if (item.TryGetProperty("sender", out var senderElement) && senderElement.ValueKind != JsonValueKind.Null)
        {
            sender = ReadAddress(senderElement, path + ".sender", problems);
        }
        BigRational? price = null;
        if (!item.TryGetProperty("pricePerUnit", out var priceElement))
        {
            problems.Add($"{path}.pricePerUnit is required: {PriceText.Forms}");
        }
        else
        {
            price = ReadPrice(priceElement, path + ".pricePerUnit", problems);
        }
        return problems.Count == before && capability is not null && price is { } p ? Entry(sender, capability, model, p) : null;
    }

    private static PriceEntry? ReadSenderEntry(JsonElement item, string path, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path} must be an object {{\"sender\",\"pricePerPixel\"}}, got {Describe(item)}");
            return null;
        }
        int before = problems.Count;
        CheckProperties(item, path + ".", SenderProperties, problems);
        EthAddress? sender = null;
        if (!item.TryGetProperty("sender", out var senderElement))
        {
            problems.Add($"{path}.sender is required: the gateway's ETH address");
        }
        else
        {
            sender = ReadAddress(senderElement, path + ".sender", problems);
        }
        BigRational? price = null;
        if (!item.TryGetProperty("pricePerPixel", out var priceElement))
        {
            problems.Add($"{path}.pricePerPixel is required: {PriceText.Forms} per pixel");
        }
        else
        {
            price = ReadPrice(priceElement, path + ".pricePerPixel", problems);
        }
        return problems.Count == before && sender is not null && price is { } p ? Entry(sender, null, null, p) : null;
    }

    private static uint? ReadCapability(JsonElement element, string path, List<string> problems)
    {
        string text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.Number => element.GetRawText(),
            _ => "",
        };
        if (Capability.TryFromPipeline(text, out int fromName))
        {
            return (uint)fromName;
        }
        uint id = Capability.Transcoding;
        if (text != Capability.TranscodingName && !uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            problems.Add($"{path}: {Text(element)} is not a capability: use a pipeline name ({string.Join(", ", Capability.Pipelines)}) or a capability id");
            return null;
        }
        if (id < Capability.TextToImage)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}: capability {id}{NameInParentheses(id)} has no price of its own: transcoding is priced by basePricePerPixel and senders, capability prices are for AI pipelines (ids from {Capability.TextToImage} up)"));
            return null;
        }
        return id;
    }

    private static EthAddress? ReadAddress(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path} must be an ETH address string, got {Describe(element)}");
            return null;
        }
        if (!EthAddress.TryParse(element.GetString(), out var address, out var error))
        {
            problems.Add($"{path}: {error}");
            return null;
        }
        return address;
    }

    private static BigRational? ReadPrice(JsonElement element, string path, List<string> problems)
    {
        // A JSON number is taken by its exact text, so 1.5 and "1.5" are the same price.
        string? text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            problems.Add($"{path} must be a price string ({PriceText.Forms}), got {Describe(element)}");
            return null;
        }
        if (!PriceText.TryParse(text, out var price, out var error))
        {
            problems.Add($"{path}: {error}");
            return null;
        }
        return price;
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name} must be an array, got {Describe(list)}");
            yield break;
        }
        int i = 0;
        foreach (var item in list.EnumerateArray())
        {
            yield return (item, string.Create(CultureInfo.InvariantCulture, $"{name}[{i++}]"));
        }
    }

    private static int CountItems(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;

    private static void CheckProperties(JsonElement element, string prefix, string[] known, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add($"{prefix}{property.Name}: unknown property (known: {string.Join(", ", known)})");
            }
            else if (!seen.Add(property.Name))
            {
                problems.Add($"{prefix}{property.Name} is given more than once");
            }
        }
    }

    private static PriceEntry Entry(EthAddress? sender, uint? capability, string? model, BigRational price) =>
        new(sender, capability, model, (long)price.Numerator, (long)price.Denominator);

    private static PriceInfoResponse InfoOf(PriceEntry entry) => new(entry.PricePerUnit, entry.PixelsPerUnit);

    private static string CapabilityName(uint capability) =>
        Capability.Pipelines.FirstOrDefault(p => Capability.FromPipeline(p) == capability) ?? capability.ToString(CultureInfo.InvariantCulture);

    private static string NameInParentheses(uint capability)
    {
        var name = Capability.Name((int)capability);
        return name.StartsWith("capability ", StringComparison.Ordinal) ? "" : $" ({name})";
    }

    private static string Text(JsonElement element) => element.GetRawText();

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {element.GetRawText()}",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
