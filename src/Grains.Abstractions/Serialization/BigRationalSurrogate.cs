using System.Numerics;

namespace Livepeer.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Livepeer.Protocol.Numerics.BigRational"/>: numerator and denominator, exact.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.BigRational")]
public readonly record struct BigRationalSurrogate([property: Id(0)] BigInteger Numerator, [property: Id(1)] BigInteger Denominator);
