using System.Text.Json.Nodes;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// An eth_getLogs filter. Topics are positional: null at a position matches anything, a list
/// matches any of its values. An indexed address goes in as a left-padded word
/// (<see cref="AddressTopic"/>).
/// </summary>
public sealed record LogFilter
{
    public IReadOnlyList<EthAddress> Addresses { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<Hash32>?> Topics { get; init; } = [];

    public BlockTag? FromBlock { get; init; }

    public BlockTag? ToBlock { get; init; }

    /// <summary>One block by hash, instead of a range.</summary>
    public Hash32? BlockHash { get; init; }

    /// <summary>A 20-byte address as the 32-byte topic an indexed address parameter becomes.</summary>
    public static Hash32 AddressTopic(EthAddress address)
    {
        Span<byte> word = stackalloc byte[Hash32.Length];
        word.Clear();
        address.CopyTo(word[(Hash32.Length - EthAddress.Length)..]);
        return new Hash32(word);
    }

    public JsonObject ToJson()
    {
        if (Topics.Count > 4)
        {
            throw new ArgumentException($"a log filter has at most 4 topic positions, got {Topics.Count}");
        }
        if (BlockHash is not null && (FromBlock is not null || ToBlock is not null))
        {
            throw new ArgumentException("a log filter takes either BlockHash or a FromBlock/ToBlock range, not both");
        }
        var json = new JsonObject();
        if (Addresses.Count == 1)
        {
            json["address"] = Addresses[0].ToLowerHex();
        }
        else if (Addresses.Count > 1)
        {
            json["address"] = new JsonArray([.. Addresses.Select(a => (JsonNode)JsonValue.Create(a.ToLowerHex()))]);
        }
        if (Topics.Count > 0)
        {
            json["topics"] = new JsonArray([.. Topics.Select(TopicJson)]);
        }
        if (FromBlock is { } from)
        {
            json["fromBlock"] = from.Wire;
        }
        if (ToBlock is { } to)
        {
            json["toBlock"] = to.Wire;
        }
        if (BlockHash is { } hash)
        {
            json["blockHash"] = hash.ToString();
        }
        return json;
    }

    private static JsonNode? TopicJson(IReadOnlyList<Hash32>? alternatives) => alternatives switch
    {
        null => null,
        { Count: 1 } => JsonValue.Create(alternatives[0].ToString()),
        _ => new JsonArray([.. alternatives.Select(t => (JsonNode)JsonValue.Create(t.ToString()))]),
    };
}
