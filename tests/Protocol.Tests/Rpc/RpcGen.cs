using System.Collections;
using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Livepeer.Protocol.Tests.Rpc;

/// <summary>
/// CsCheck generators for every lp_rpc message, derived from the message descriptors: every field
/// gets a random value of its type (scalars over their whole range, random bytes and strings,
/// defined enum values, 0–3 repeated/map entries, nested messages present or absent up to a depth).
/// </summary>
internal static class RpcGen
{
    private const int MaxDepth = 3;

    private static readonly Gen<ByteString> Bytes = Gen.Byte.Array[0, 40].Select(ByteString.CopyFrom);

    // Any UTF-16 text that is valid Unicode survives the UTF-8 wire encoding unchanged.
    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.String[Gen.Char.AlphaNumeric, 0, 20]),
        (1, Gen.String[0, 12].Where(s => !s.Any(char.IsSurrogate))));

    public static Gen<IMessage> For(MessageDescriptor descriptor) => For(descriptor, 0);

    private static Gen<IMessage> For(MessageDescriptor descriptor, int depth)
    {
        Gen<List<Action<IMessage>>> setters = Gen.Const(() => new List<Action<IMessage>>());
        foreach (var field in descriptor.Fields.InFieldNumberOrder())
        {
            var setter = FieldSetter(field, depth);
            setters = Gen.Select(setters, setter, (list, set) =>
            {
                list.Add(set);
                return list;
            });
        }
        return setters.Select(list =>
        {
            var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
            foreach (var set in list)
            {
                set(message);
            }
            return message;
        });
    }

    private static Gen<Action<IMessage>> FieldSetter(FieldDescriptor field, int depth)
    {
        if (field.IsMap)
        {
            var key = Value(field.MessageType.FindFieldByNumber(1), depth);
            var value = Value(field.MessageType.FindFieldByNumber(2), depth, required: true);
            return Gen.Select(key, value).Array[0, 3].Select(entries => (Action<IMessage>)(m =>
            {
                var map = (IDictionary)field.Accessor.GetValue(m);
                foreach (var (k, v) in entries)
                {
                    map[k!] = v;
                }
            }));
        }
        if (field.IsRepeated)
        {
            return Value(field, depth, required: true).Array[0, 3].Select(items => (Action<IMessage>)(m =>
            {
                var list = (IList)field.Accessor.GetValue(m);
                foreach (var item in items)
                {
                    list.Add(item);
                }
            }));
        }
        return Value(field, depth).Select(v => (Action<IMessage>)(m =>
        {
            if (v is not null)
            {
                field.Accessor.SetValue(m, v);
            }
        }));
    }

    private static Gen<object?> Value(FieldDescriptor field, int depth, bool required = false) => field.FieldType switch
    {
        FieldType.Bool => Gen.Bool.Select(v => (object?)v),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Gen.Int.Select(v => (object?)v),
        FieldType.UInt32 or FieldType.Fixed32 => Gen.UInt.Select(v => (object?)v),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Gen.Long.Select(v => (object?)v),
        FieldType.UInt64 or FieldType.Fixed64 => Gen.ULong.Select(v => (object?)v),
        FieldType.String => Text.Select(v => (object?)v),
        FieldType.Bytes => Bytes.Select(v => (object?)v),
        FieldType.Enum => Gen.OneOfConst(field.EnumType.Values.Select(v => Enum.ToObject(field.EnumType.ClrType, v.Number)).ToArray())
            .Select(v => (object?)v),
        FieldType.Message when depth >= MaxDepth => required
            ? Gen.Const(() => (object?)Activator.CreateInstance(field.MessageType.ClrType))
            : Gen.Const((object?)null),
        FieldType.Message => required
            ? For(field.MessageType, depth + 1).Select(v => (object?)v)
            : Gen.Frequency((1, Gen.Const((object?)null)), (3, For(field.MessageType, depth + 1).Select(v => (object?)v))),
        var t => throw new NotSupportedException($"{field.FullName}: no generator for {t}"),
    };
}
