using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Abi;

/// <summary>The part of a log entry the ABI describes: topics (topic0 = event id, then indexed args) and the data words.</summary>
public sealed record EventLog
{
    public EventLog(IEnumerable<Hash32> topics, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = [.. topics];
        if (Topics.Count > 4)
        {
            throw new ArgumentException($"a log has at most 4 topics, got {Topics.Count}", nameof(topics));
        }
        Data = data.ToArray();
    }

    public IReadOnlyList<Hash32> Topics { get; }

    public ReadOnlyMemory<byte> Data { get; }

    public bool Equals(EventLog? other) =>
        other is not null && Topics.SequenceEqual(other.Topics) && Data.Span.SequenceEqual(other.Data.Span);

    public override int GetHashCode() => HashCode.Combine(Topics.Count, Topics.FirstOrDefault(), Data.Length);
}
