namespace Livepeer.Protocol.Rpc;

/// <summary>A header value or message that cannot be decoded; the message names the broken layer or field.</summary>
public sealed class WireFormatException : FormatException
{
    public WireFormatException(WireLayer layer, string message, string? field = null, Exception? inner = null)
        : base(message, inner)
    {
        Layer = layer;
        Field = field;
    }

    public WireLayer Layer { get; }

    /// <summary>The protobuf field path (e.g. "ticket_params.recipient") for <see cref="WireLayer.Field"/> errors.</summary>
    public string? Field { get; }

    internal static WireFormatException ForField(string field, string problem) =>
        new(WireLayer.Field, $"field {field}: {problem}", field);

    /// <summary>A field error whose message is exactly <paramref name="message"/> (a peer's well-known text).</summary>
    internal static WireFormatException WithText(string field, string message) => new(WireLayer.Field, message, field);
}
