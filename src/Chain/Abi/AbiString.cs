using System.Text.Json;

namespace Livepeer.Chain.Abi;

/// <summary>A string value (UTF-8 on the wire).</summary>
public sealed class AbiString(string value) : AbiValue
{
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    public override string Kind => "string";

    public override bool Equals(AbiValue? other) => other is AbiString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => JsonSerializer.Serialize(Value);
}
