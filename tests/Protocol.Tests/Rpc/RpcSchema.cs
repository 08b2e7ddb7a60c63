using Google.Protobuf.Reflection;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Rpc;

/// <summary>Every message of our lp_rpc.proto and redeemer.proto, nested ones included.</summary>
internal static class RpcSchema
{
    public static IReadOnlyList<MessageDescriptor> AllMessages { get; } =
        LpRpcReflection.Descriptor.MessageTypes
            .Concat(RedeemerReflection.Descriptor.MessageTypes)
            .SelectMany(Flatten)
            .Where(m => !m.GetOptions()?.MapEntry ?? true)
            .ToArray();

    private static IEnumerable<MessageDescriptor> Flatten(MessageDescriptor message) =>
        new[] { message }.Concat(message.NestedTypes.SelectMany(Flatten));

    /// <summary>"name=number:type" for one field, with the type as the .proto would spell it.</summary>
    public static string Describe(FieldDescriptor field)
    {
        string type = field.IsMap
            ? $"map<{TypeName(field.MessageType.FindFieldByNumber(1))},{TypeName(field.MessageType.FindFieldByNumber(2))}>"
            : (field.IsRepeated ? "repeated " : "") + TypeName(field);
        return $"{field.Name}={field.FieldNumber}:{type}";
    }

    private static string TypeName(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message => field.MessageType.Name,
        FieldType.Enum => field.EnumType.Name,
        var t => t.ToString().ToLowerInvariant(),
    };
}
