using System.Reflection;
using System.Text.Json;
using Livepeer.Chain.Abi;

namespace Livepeer.DevChain.Contracts;

/// <summary>
/// One compiled test double from contracts/out/&lt;Name&gt;.json (solcjs, evmVersion paris), embedded in this
/// assembly at build time: its creation bytecode and the canonical signatures of its ABI.
/// </summary>
public sealed class ContractArtifact
{
    private ContractArtifact(string name, byte[] bytecode, byte[] deployedBytecode, IReadOnlyList<string> functions, IReadOnlyList<string> events, IReadOnlyList<AbiType> constructorTypes)
    {
        Name = name;
        Bytecode = bytecode;
        DeployedBytecode = deployedBytecode;
        FunctionSignatures = functions;
        EventSignatures = events;
        ConstructorTypes = constructorTypes;
    }

    /// <summary>The Solidity contract name, e.g. "TicketBrokerDouble".</summary>
    public string Name { get; }

    /// <summary>Creation code (constructor arguments are appended to it).</summary>
    public byte[] Bytecode { get; }

    /// <summary>The runtime code the creation code leaves at the contract address.</summary>
    public byte[] DeployedBytecode { get; }

    /// <summary>Canonical function signatures, e.g. "getSenderInfo(address)".</summary>
    public IReadOnlyList<string> FunctionSignatures { get; }

    /// <summary>Canonical event signatures, e.g. "NewRound(uint256,bytes32)".</summary>
    public IReadOnlyList<string> EventSignatures { get; }

    public IReadOnlyList<AbiType> ConstructorTypes { get; }

    /// <summary>The data of a contract-creation transaction: bytecode ‖ abi(constructor arguments).</summary>
    public byte[] EncodeDeployment(params AbiValue[] constructorArguments)
    {
        ArgumentNullException.ThrowIfNull(constructorArguments);
        if (constructorArguments.Length != ConstructorTypes.Count)
        {
            throw new ArgumentException(
                $"{Name} takes {ConstructorTypes.Count} constructor argument(s), got {constructorArguments.Length}", nameof(constructorArguments));
        }
        var arguments = AbiEncoder.EncodeParameters(ConstructorTypes, constructorArguments);
        return [.. Bytecode, .. arguments];
    }

    /// <summary>Loads the artifact embedded under Livepeer.DevChain.Contracts.&lt;name&gt;.json.</summary>
    public static ContractArtifact Load(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var resource = $"Livepeer.DevChain.Contracts.{name}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the contract artifact {resource} is not embedded; build src/DevChain (it compiles contracts/*.sol)");
        using var json = JsonDocument.Parse(stream);
        return Parse(name, json.RootElement);
    }

    private static ContractArtifact Parse(string name, JsonElement root)
    {
        var functions = new List<string>();
        var events = new List<string>();
        IReadOnlyList<AbiType> constructorTypes = [];
        foreach (var entry in Property(name, root, "abi").EnumerateArray())
        {
            var kind = entry.GetProperty("type").GetString();
            switch (kind)
            {
                case "function":
                    functions.Add(Signature(entry));
                    break;
                case "event":
                    events.Add(Signature(entry));
                    break;
                case "constructor":
                    // Parsed through a pseudo-function, the public door to the ABI type parser.
                    constructorTypes = AbiFunction.Parse("constructor" + ParameterList(entry)).InputTypes;
                    break;
            }
        }
        return new ContractArtifact(
            name,
            HexBytes(name, Property(name, root, "bytecode")),
            HexBytes(name, Property(name, root, "deployedBytecode")),
            functions,
            events,
            constructorTypes);
    }

    private static JsonElement Property(string name, JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) ? value : throw new InvalidOperationException($"contract artifact {name} has no '{property}'");

    private static byte[] HexBytes(string name, JsonElement value)
    {
        var text = value.GetString() ?? "";
        var hex = text.StartsWith("0x", StringComparison.Ordinal) ? text[2..] : text;
        if (hex.Length == 0)
        {
            throw new InvalidOperationException($"contract artifact {name} has empty bytecode (an abstract contract or interface?)");
        }
        return Convert.FromHexString(hex);
    }

    private static string Signature(JsonElement entry) => entry.GetProperty("name").GetString() + ParameterList(entry);

    private static string ParameterList(JsonElement entry) =>
        "(" + string.Join(",", entry.GetProperty("inputs").EnumerateArray().Select(CanonicalType)) + ")";

    /// <summary>The canonical type of an ABI JSON parameter; tuples are spelled out from their components.</summary>
    private static string CanonicalType(JsonElement parameter)
    {
        var type = parameter.GetProperty("type").GetString() ?? throw new InvalidOperationException("ABI parameter without a type");
        if (!type.StartsWith("tuple", StringComparison.Ordinal))
        {
            return type;
        }
        var components = string.Join(",", parameter.GetProperty("components").EnumerateArray().Select(CanonicalType));
        return "(" + components + ")" + type["tuple".Length..];
    }
}
