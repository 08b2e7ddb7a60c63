using System.Text.Json;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Chain.Network;

/// <summary>
/// What a node and lpctl need from the JSON that <c>lpctl devchain deploy --out</c> writes: the chain id, the
/// Controller every other contract is resolved from, the AI ServiceRegistry (not in the Controller) and the
/// gateway and orchestrator accounts it funded and registered.
/// </summary>
public sealed record DevChainDeploymentFile(long ChainId, EthAddress Controller, EthAddress? AiServiceRegistry, EthAddress Gateway, EthAddress Orchestrator)
{
    /// <summary>Reads and checks the file; a missing or malformed one throws <see cref="InvalidDataException"/> naming the path and the problem.</summary>
    public static DevChainDeploymentFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"the dev chain deployment file {path} cannot be read ({e.Message}); `lpctl devchain deploy --out {path}` writes it", e);
        }
        try
        {
            return Parse(text);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path} is not a deployment written by `lpctl devchain deploy --out`: {e.Message}", e);
        }
    }

    /// <summary>Parses the JSON text; throws <see cref="FormatException"/> or <see cref="JsonException"/> when a field is missing or wrong.</summary>
    public static DevChainDeploymentFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a JSON object, got {root.ValueKind}");
        }
        if (!root.TryGetProperty("chainId", out var chainIdElement) || !chainIdElement.TryGetInt64(out long chainId) || chainId <= 0)
        {
            throw new FormatException("\"chainId\" must be a positive whole number");
        }
        EthAddress? aiRegistry = root.TryGetProperty("contracts", out var contracts) && contracts.ValueKind == JsonValueKind.Object
            && contracts.TryGetProperty("AIServiceRegistry", out _)
            ? Address(contracts, "AIServiceRegistry")
            : null;
        return new DevChainDeploymentFile(chainId, Address(root, "controller"), aiRegistry, Address(root, "gateway"), Address(root, "orchestrator"));
    }

    private static EthAddress Address(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"\"{name}\" must be an address string");
        }
        return EthAddress.TryParse(element.GetString(), out var address, out var error)
            ? address
            : throw new FormatException($"\"{name}\": {error}");
    }
}
