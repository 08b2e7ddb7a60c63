using Google.Protobuf;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// The Livepeer-Segment header (pm-protocol.md §6.9, §9.1): standard base64 of a protobuf SegData,
/// with go-livepeer's error texts (a bad base64 layer is "ErrorSegEncoding").
/// </summary>
public static class SegDataWire
{
    public const string ErrSegEncoding = "ErrorSegEncoding";
    public const string ErrSegSig = "ErrSegSig";

    public static SegData ParseHeader(string headerValue)
    {
        ArgumentNullException.ThrowIfNull(headerValue);
        var bytes = StdBase64.TryDecode(headerValue, out _)
            ?? throw new WireFormatException(WireLayer.Base64, ErrSegEncoding);
        try
        {
            return SegData.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new WireFormatException(WireLayer.Protobuf, $"protobuf unmarshal error: {e.Message}", inner: e);
        }
    }

    public static string ToHeader(SegData segData)
    {
        ArgumentNullException.ThrowIfNull(segData);
        return Convert.ToBase64String(segData.ToByteArray());
    }
}
