using System.Text;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Abi;

/// <summary>
/// A (non-anonymous) contract event: signature, topic0, and decoding of a log into its parameters in
/// declaration order. Indexed parameters come from topics[1..]; an indexed dynamic parameter (string,
/// bytes, array, tuple) is stored on chain only as a keccak hash, so it decodes to those 32 bytes.
/// </summary>
public sealed class AbiEvent
{
    private readonly AbiType[] _dataTypes;

    public AbiEvent(string name, IEnumerable<AbiParameter> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameters);
        Name = name;
        Parameters = [.. parameters];
        IndexedCount = Parameters.Count(p => p.Indexed);
        if (IndexedCount > 3)
        {
            throw new AbiException($"event {name}: at most 3 parameters can be indexed, got {IndexedCount}");
        }
        _dataTypes = [.. Parameters.Where(p => !p.Indexed).Select(p => p.Type)];
        Signature = name + "(" + string.Join(",", Parameters.Select(p => p.Type.CanonicalName)) + ")";
        Topic0 = Hash32.Keccak(Encoding.UTF8.GetBytes(Signature));
    }

    public string Name { get; }

    public IReadOnlyList<AbiParameter> Parameters { get; }

    public int IndexedCount { get; }

    /// <summary>The canonical signature, without names or "indexed".</summary>
    public string Signature { get; }

    /// <summary>keccak256 of <see cref="Signature"/>: topics[0] of every log of this event.</summary>
    public Hash32 Topic0 { get; }

    /// <summary>Parses "Name(T1 [indexed] [name1], ...)", e.g. "DepositFunded(address indexed sender, uint256 amount)".</summary>
    public static AbiEvent Parse(string signature)
    {
        var (name, parameters) = AbiTypeParser.ParseSignature(signature, allowIndexed: true);
        return new AbiEvent(name, parameters);
    }

    public bool Matches(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Topics.Count > 0 && log.Topics[0] == Topic0;
    }

    /// <summary>The parameters of a log of this event, in declaration order.</summary>
    public IReadOnlyList<AbiValue> Decode(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.Topics.Count == 0 || log.Topics[0] != Topic0)
        {
            var found = log.Topics.Count == 0 ? "no topics" : $"topic0 {log.Topics[0]}";
            throw new AbiException($"log is not {Signature}: expected topic0 {Topic0}, found {found}");
        }
        if (log.Topics.Count != 1 + IndexedCount)
        {
            throw new AbiException($"log of {Signature} has {log.Topics.Count} topics, expected {1 + IndexedCount} (topic0 + {IndexedCount} indexed)");
        }
        IReadOnlyList<AbiValue> data;
        try
        {
            data = AbiDecoder.DecodeParameters(_dataTypes, log.Data.Span);
        }
        catch (AbiException e)
        {
            throw new AbiException($"log data of {Signature}: {e.Message}", e);
        }
        var values = new AbiValue[Parameters.Count];
        int topic = 1;
        int dataIndex = 0;
        for (int i = 0; i < Parameters.Count; i++)
        {
            var parameter = Parameters[i];
            if (!parameter.Indexed)
            {
                values[i] = data[dataIndex++];
                continue;
            }
            var word = log.Topics[topic++].ToArray();
            if (parameter.Type.IsDynamic || parameter.Type is AbiTupleType or AbiFixedArrayType)
            {
                values[i] = new AbiBytes(word);
                continue;
            }
            try
            {
                values[i] = AbiDecoder.DecodeWord(parameter.Type, word);
            }
            catch (AbiException e)
            {
                throw new AbiException($"log of {Signature}, indexed parameter {i} ({parameter.Name ?? parameter.Type.CanonicalName}): {e.Message}", e);
            }
        }
        return values;
    }

    /// <summary>
    /// The log a contract emitting this event with <paramref name="values"/> would write (for test
    /// doubles). Indexed string/bytes are hashed; indexed arrays and tuples are not supported.
    /// </summary>
    public EventLog Encode(params AbiValue[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Parameters.Count)
        {
            throw new AbiException($"{Signature} has {Parameters.Count} parameters, got {values.Length} values");
        }
        var topics = new List<Hash32> { Topic0 };
        var dataValues = new List<AbiValue>();
        for (int i = 0; i < Parameters.Count; i++)
        {
            var parameter = Parameters[i];
            if (!parameter.Indexed)
            {
                dataValues.Add(values[i]);
                continue;
            }
            topics.Add(parameter.Type switch
            {
                AbiBytesType => Hash32.Keccak(values[i].AsBytes().Span),
                AbiStringType => Hash32.Keccak(Encoding.UTF8.GetBytes(values[i].AsString())),
                AbiArrayType or AbiFixedArrayType or AbiTupleType =>
                    throw new AbiException($"{Signature}: encoding an indexed {parameter.Type} is not supported"),
                _ => new Hash32(AbiEncoder.Encode(parameter.Type, values[i])),
            });
        }
        return new EventLog(topics, AbiEncoder.EncodeParameters(_dataTypes, dataValues));
    }

    public override string ToString() => Signature;
}
