using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Serialization;

[RegisterConverter]
public sealed class BigRationalConverter : IConverter<BigRational, BigRationalSurrogate>
{
    public BigRational ConvertFromSurrogate(in BigRationalSurrogate surrogate) => new(surrogate.Numerator, surrogate.Denominator);

    public BigRationalSurrogate ConvertToSurrogate(in BigRational value) => new(value.Numerator, value.Denominator);
}
