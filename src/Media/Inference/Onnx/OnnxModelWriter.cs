using System.Buffers.Binary;

namespace Livepeer.Media.Inference.Onnx;

/// <summary>
/// Writes the parts of an ONNX ModelProto (onnx/onnx.proto, IR version 8) that a small float graph needs. Field numbers:
/// ModelProto ir_version 1, producer_name 2, graph 7, opset_import 8; GraphProto node 1, name 2, initializer 5,
/// input 11, output 12; NodeProto input 1, output 2, name 3, op_type 4, attribute 5; AttributeProto name 1, f 2, i 3,
/// s 4, type 20; TensorProto dims 1, data_type 2, name 8, raw_data 9; ValueInfoProto name 1, type 2; TypeProto
/// tensor_type 1; TypeProto.Tensor elem_type 1, shape 2; TensorShapeProto dim 1; Dimension dim_value 1, dim_param 2.
/// </summary>
internal static class OnnxModelWriter
{
    public const int IrVersion = 8;
    public const int FloatType = 1;
    private const int AttributeFloat = 1;
    private const int AttributeInt = 2;
    private const int AttributeString = 3;

    public static byte[] Model(int opset, Action<ProtoWriter> graph)
    {
        var model = new ProtoWriter();
        model.Varint(1, IrVersion);
        model.String(2, "livepeer-orleans");
        model.Message(7, graph);
        model.Message(8, op =>
        {
            op.String(1, "");
            op.Varint(2, opset);
        });
        return model.ToArray();
    }

    public static void Node(ProtoWriter graph, string opType, string name, string[] inputs, string[] outputs, params Action<ProtoWriter>[] attributes)
    {
        graph.Message(1, node =>
        {
            foreach (var input in inputs)
            {
                node.String(1, input);
            }
            foreach (var output in outputs)
            {
                node.String(2, output);
            }
            node.String(3, name);
            node.String(4, opType);
            foreach (var attribute in attributes)
            {
                node.Message(5, attribute);
            }
        });
    }

    public static Action<ProtoWriter> Attribute(string name, string value) => a =>
    {
        a.String(1, name);
        a.String(4, value);
        a.Varint(20, AttributeString);
    };

    public static Action<ProtoWriter> Attribute(string name, long value) => a =>
    {
        a.String(1, name);
        a.Varint(3, value);
        a.Varint(20, AttributeInt);
    };

    public static Action<ProtoWriter> Attribute(string name, float value) => a =>
    {
        a.String(1, name);
        Span<byte> bits = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bits, value);
        a.Tag32(2, bits);
        a.Varint(20, AttributeFloat);
    };

    /// <summary>A float constant (GraphProto.initializer), little-endian raw_data.</summary>
    public static void Initializer(ProtoWriter graph, string name, long[] dims, float[] values)
    {
        graph.Message(5, tensor =>
        {
            foreach (var dim in dims)
            {
                tensor.Varint(1, dim);
            }
            tensor.Varint(2, FloatType);
            tensor.String(8, name);
            var raw = new byte[values.Length * 4];
            for (var i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * 4), values[i]);
            }
            tensor.Bytes(9, raw);
        });
    }

    /// <summary>A float tensor graph input (field 11) or output (field 12); each dim a number or a symbolic name.</summary>
    public static void FloatValue(ProtoWriter graph, int field, string name, params object[] dims)
    {
        graph.Message(field, value =>
        {
            value.String(1, name);
            value.Message(2, type => type.Message(1, tensor =>
            {
                tensor.Varint(1, FloatType);
                tensor.Message(2, shape =>
                {
                    foreach (var dim in dims)
                    {
                        shape.Message(1, d =>
                        {
                            if (dim is string symbol)
                            {
                                d.String(2, symbol);
                            }
                            else
                            {
                                d.Varint(1, Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture));
                            }
                        });
                    }
                });
            }));
        });
    }
}
