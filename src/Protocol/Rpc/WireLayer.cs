namespace Livepeer.Protocol.Rpc;

/// <summary>Where decoding a header value broke, outermost first.</summary>
public enum WireLayer
{
    /// <summary>The header is not standard base64.</summary>
    Base64,

    /// <summary>The bytes are not a valid protobuf message.</summary>
    Protobuf,

    /// <summary>The message parsed but a field is missing or has the wrong shape.</summary>
    Field,
}
