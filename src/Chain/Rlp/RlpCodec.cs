using System.Buffers.Binary;

namespace Livepeer.Chain.Rlp;

/// <summary>
/// Recursive Length Prefix encoding (Ethereum yellow paper, appendix B). The decoder accepts only
/// canonical input: single bytes below 0x80 as themselves, the short form for lengths under 56, no
/// leading zeros in long-form lengths, nothing truncated and nothing trailing.
/// </summary>
public static class RlpCodec
{
    /// <summary>Deeper nesting than this is refused rather than risking the stack.</summary>
    public const int MaxDepth = 256;

    public static byte[] Encode(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var output = new byte[EncodedLength(item)];
        int written = Write(item, output);
        return written == output.Length ? output : throw new InvalidOperationException("RLP length mismatch");
    }

    /// <summary>Decodes exactly one item that spans all of <paramref name="data"/>.</summary>
    public static RlpItem Decode(ReadOnlySpan<byte> data)
    {
        var item = DecodeItem(data, 0, out int consumed, depth: 0);
        if (consumed != data.Length)
        {
            throw new RlpException($"{data.Length - consumed} trailing bytes after the RLP item (it ends at byte {consumed} of {data.Length})");
        }
        return item;
    }

    public static int EncodedLength(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.IsList)
        {
            var bytes = item.Bytes;
            return bytes.Length == 1 && bytes[0] < 0x80 ? 1 : PrefixLength(bytes.Length) + bytes.Length;
        }
        int payload = PayloadLength(item);
        return PrefixLength(payload) + payload;
    }

    private static int PayloadLength(RlpItem list)
    {
        long total = 0;
        foreach (var child in list.Items)
        {
            total += EncodedLength(child);
        }
        return total <= int.MaxValue ? (int)total : throw new InvalidOperationException("RLP item too large");
    }

    private static int PrefixLength(int length) => length < 56 ? 1 : 1 + ByteCount(length);

    private static int ByteCount(int length) => length switch
    {
        < 0x100 => 1,
        < 0x10000 => 2,
        < 0x1000000 => 3,
        _ => 4,
    };

    private static int Write(RlpItem item, Span<byte> destination)
    {
        if (!item.IsList)
        {
            var bytes = item.Bytes;
            if (bytes.Length == 1 && bytes[0] < 0x80)
            {
                destination[0] = bytes[0];
                return 1;
            }
            int prefix = WritePrefix(0x80, bytes.Length, destination);
            bytes.CopyTo(destination[prefix..]);
            return prefix + bytes.Length;
        }
        int payload = PayloadLength(item);
        int offset = WritePrefix(0xc0, payload, destination);
        foreach (var child in item.Items)
        {
            offset += Write(child, destination[offset..]);
        }
        return offset;
    }

    private static int WritePrefix(byte @base, int length, Span<byte> destination)
    {
        if (length < 56)
        {
            destination[0] = (byte)(@base + length);
            return 1;
        }
        int count = ByteCount(length);
        destination[0] = (byte)(@base + 55 + count);
        Span<byte> big = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(big, length);
        big[(4 - count)..].CopyTo(destination[1..]);
        return 1 + count;
    }

    private static RlpItem DecodeItem(ReadOnlySpan<byte> data, int position, out int end, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new RlpException($"RLP nesting deeper than {MaxDepth} lists");
        }
        if (position >= data.Length)
        {
            throw new RlpException($"RLP input ends at byte {position}: an item was expected");
        }
        byte prefix = data[position];
        if (prefix < 0x80)
        {
            end = position + 1;
            return RlpItem.String(data.Slice(position, 1));
        }
        if (prefix < 0xc0)
        {
            var (start, length) = ReadLength(data, position, 0x80, "string");
            end = start + length;
            var bytes = data.Slice(start, length);
            if (length == 1 && bytes[0] < 0x80)
            {
                throw new RlpException($"non-canonical RLP at byte {position}: the single byte 0x{bytes[0]:x2} must be encoded as itself, not as 0x81{bytes[0]:x2}");
            }
            return RlpItem.String(bytes);
        }
        var (listStart, listLength) = ReadLength(data, position, 0xc0, "list");
        end = listStart + listLength;
        var payload = data[..end];
        var items = new List<RlpItem>();
        int cursor = listStart;
        while (cursor < end)
        {
            items.Add(DecodeItem(payload, cursor, out cursor, depth + 1));
        }
        return RlpItem.List(items);
    }

    /// <summary>Reads a short or long length prefix; returns where the payload starts and its length.</summary>
    private static (int Start, int Length) ReadLength(ReadOnlySpan<byte> data, int position, byte @base, string what)
    {
        int prefix = data[position] - @base;
        int start;
        long length;
        if (prefix < 56)
        {
            start = position + 1;
            length = prefix;
        }
        else
        {
            int count = prefix - 55;
            if (position + 1 + count > data.Length)
            {
                throw new RlpException($"RLP {what} at byte {position}: its {count}-byte length runs past the end of the input");
            }
            var lengthBytes = data.Slice(position + 1, count);
            if (lengthBytes[0] == 0)
            {
                throw new RlpException($"non-canonical RLP at byte {position}: the {what} length has a leading zero byte");
            }
            if (count > 4)
            {
                throw new RlpException($"RLP {what} at byte {position}: a {count}-byte length is too large");
            }
            length = 0;
            foreach (byte b in lengthBytes)
            {
                length = (length << 8) | b;
            }
            if (length < 56)
            {
                throw new RlpException($"non-canonical RLP at byte {position}: {what} length {length} must use the short form");
            }
            start = position + 1 + count;
        }
        if (start + length > data.Length)
        {
            throw new RlpException($"RLP {what} at byte {position} declares {length} bytes but only {data.Length - start} remain");
        }
        return (start, (int)length);
    }
}
