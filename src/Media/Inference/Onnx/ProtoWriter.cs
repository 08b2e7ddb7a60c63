using System.Text;

namespace Livepeer.Media.Inference.Onnx;

/// <summary>
/// Just enough protobuf wire format (varints, length-delimited fields, nested messages) to write an ONNX ModelProto;
/// the schema is in the field numbers of <see cref="OnnxModelWriter"/>.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly MemoryStream buffer = new();

    public void Varint(int field, long value)
    {
        Tag(field, 0);
        Raw((ulong)value);
    }

    public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public void Bytes(int field, ReadOnlySpan<byte> value)
    {
        Tag(field, 2);
        Raw((ulong)value.Length);
        buffer.Write(value);
    }

    /// <summary>A fixed 32-bit field (wire type 5), e.g. a float.</summary>
    public void Tag32(int field, ReadOnlySpan<byte> fourBytes)
    {
        Tag(field, 5);
        buffer.Write(fourBytes);
    }

    public void Message(int field, Action<ProtoWriter> write)
    {
        var nested = new ProtoWriter();
        write(nested);
        Bytes(field, nested.ToArray());
    }

    public byte[] ToArray() => buffer.ToArray();

    private void Tag(int field, int wireType) => Raw((ulong)((field << 3) | wireType));

    private void Raw(ulong value)
    {
        while (value >= 0x80)
        {
            buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        buffer.WriteByte((byte)value);
    }
}
