using Google.Protobuf;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Rpc;

/// <summary>
/// go-ethereum's lenient conversions of wire bytes (common.BytesToAddress / BytesToHash): longer input
/// keeps its last bytes, shorter input is left-padded with zeros. The orchestrator applies them where
/// go-livepeer does, so a malformed field fails the same later check (a signature) rather than a new one.
/// </summary>
public static class GoBytes
{
    public static EthAddress ToAddress(ByteString? bytes)
    {
        Span<byte> address = stackalloc byte[EthAddress.Length];
        Fit(bytes is null ? default : bytes.Span, address);
        return new EthAddress(address);
    }

    public static Hash32 ToHash(ByteString? bytes)
    {
        Span<byte> hash = stackalloc byte[Hash32.Length];
        Fit(bytes is null ? default : bytes.Span, hash);
        return new Hash32(hash);
    }

    private static void Fit(ReadOnlySpan<byte> source, Span<byte> target)
    {
        target.Clear();
        if (source.Length >= target.Length)
        {
            source[^target.Length..].CopyTo(target);
        }
        else
        {
            source.CopyTo(target[(target.Length - source.Length)..]);
        }
    }
}
