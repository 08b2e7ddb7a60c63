using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>
/// The change <c>lpctl orchestrator price set</c> makes to a price book: the base price, auto-adjust, and one
/// capability or sender price set or removed. Applied to the book the API holds, so prices not named stay
/// as they are. Values go to the API as typed, so its validation (and its messages) decide what is valid.
/// </summary>
public sealed record PriceBookEdit(
    string? BasePrice,
    bool? AutoAdjust,
    string? Capability,
    string? Model,
    string? Sender,
    string? Price,
    bool Remove)
{
    /// <summary>Why the options do not make one change; null when they do.</summary>
    public string? Problem()
    {
        bool scoped = Capability is not null || Sender is not null;
        if (Model is not null && Capability is null)
        {
            return "--model needs --capability (a model price belongs to a pipeline)";
        }
        if (Price is not null && !scoped)
        {
            return "--price needs --capability or --sender; the base price is set with --base";
        }
        if (Remove && !scoped)
        {
            return "--remove needs --capability or --sender to say which price goes";
        }
        if (Remove && Price is not null)
        {
            return "--remove and --price contradict each other: give one";
        }
        if (scoped && Price is null && !Remove)
        {
            return Capability is not null
                ? "--capability needs --price <price> (or --remove)"
                : "--sender needs --price <price> (or --remove)";
        }
        if (BasePrice is null && AutoAdjust is null && !scoped)
        {
            return "nothing to set: give --base <price>, --auto-adjust true|false, or --capability/--sender with --price <price>";
        }
        return null;
    }

    /// <summary>The PUT body: <paramref name="current"/> (a GET answer) with this change; null with <paramref name="error"/> when a price to remove is not there.</summary>
    public string? Apply(JsonElement current, out string? error)
    {
        var body = new JsonObject
        {
            ["basePricePerPixel"] = BasePrice ?? StringOf(current, "basePricePerPixel"),
            ["autoAdjust"] = AutoAdjust ?? (current.TryGetProperty("autoAdjust", out var a) && a.ValueKind == JsonValueKind.False ? false : true),
        };
        var capabilities = new JsonArray();
        foreach (var c in Items(current, "capabilities"))
        {
            var entry = new JsonObject { ["capability"] = StringOf(c, "capability") };
            CopyString(c, entry, "model");
            CopyString(c, entry, "sender");
            entry["pricePerUnit"] = StringOf(c, "pricePerUnit");
            capabilities.Add(entry);
        }
        var senders = new JsonArray();
        foreach (var s in Items(current, "senders"))
        {
            senders.Add(new JsonObject { ["sender"] = StringOf(s, "sender"), ["pricePerPixel"] = StringOf(s, "pricePerPixel") });
        }

        error = null;
        if (Capability is not null)
        {
            int at = IndexOf(capabilities, c => SameCapability(c) && Same(c, "model", Model) && SameSender(c, Sender));
            if (!Change(capabilities, at, () =>
            {
                var entry = new JsonObject { ["capability"] = Capability };
                if (Model is not null)
                {
                    entry["model"] = Model;
                }
                if (Sender is not null)
                {
                    entry["sender"] = Sender;
                }
                entry["pricePerUnit"] = Price;
                return entry;
            }, "pricePerUnit"))
            {
                error = $"there is no price for {Scope()} to remove";
                return null;
            }
        }
        else if (Sender is not null)
        {
            int at = IndexOf(senders, s => SameSender(s, Sender));
            if (!Change(senders, at, () => new JsonObject { ["sender"] = Sender, ["pricePerPixel"] = Price }, "pricePerPixel"))
            {
                error = $"there is no price for {Scope()} to remove";
                return null;
            }
        }
        body["capabilities"] = capabilities;
        body["senders"] = senders;
        return body.ToJsonString();
    }

    // Sets, adds or removes the entry at `at` (-1: none yet); false when asked to remove one that is not there.
    private bool Change(JsonArray list, int at, Func<JsonObject> create, string priceName)
    {
        if (Remove)
        {
            if (at < 0)
            {
                return false;
            }
            list.RemoveAt(at);
        }
        else if (at >= 0)
        {
            list[at]![priceName] = Price;
        }
        else
        {
            list.Add(create());
        }
        return true;
    }

    private string Scope()
    {
        var parts = new List<string>();
        if (Capability is not null)
        {
            parts.Add($"capability {Capability}");
        }
        if (Model is not null)
        {
            parts.Add($"model {Model}");
        }
        if (Sender is not null)
        {
            parts.Add($"sender {Sender}");
        }
        return string.Join(", ", parts);
    }

    // The API lists pipelines by name with their id; the user may give either.
    private bool SameCapability(JsonObject entry)
    {
        var listed = entry["capability"]?.GetValue<string>();
        return listed == Capability || (CapabilityId(listed) is { } id && id == CapabilityId(Capability));
    }

    private static uint? CapabilityId(string? text) =>
        text is null ? null
        : Livepeer.Protocol.Selection.Capability.TryFromPipeline(text, out int id) ? (uint)id
        : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint number) ? number
        : null;

    private static bool SameSender(JsonObject entry, string? sender)
    {
        var listed = entry["sender"]?.GetValue<string>();
        if (listed is null || sender is null)
        {
            return listed is null && sender is null;
        }
        return EthAddress.TryParse(listed, out var a) && EthAddress.TryParse(sender, out var b) ? a == b : listed == sender;
    }

    private static bool Same(JsonObject entry, string name, string? value) => entry[name]?.GetValue<string>() == value;

    private static int IndexOf(JsonArray list, Func<JsonObject, bool> match)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is JsonObject entry && match(entry))
            {
                return i;
            }
        }
        return -1;
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : [];

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static void CopyString(JsonElement from, JsonObject to, string name)
    {
        if (from.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            to[name] = value.GetString();
        }
    }
}
