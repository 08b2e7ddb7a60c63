using System.Numerics;

namespace Livepeer.Protocol.Numerics;

/// <summary>Range guards for values that travel as Solidity uint256 words.</summary>
public static class UInt256
{
    public static bool IsInRange(BigInteger value) => value.Sign >= 0 && value <= BigEndian.MaxUint256;

    /// <summary>Returns <paramref name="value"/>, or throws naming the field when it is not a uint256.</summary>
    public static BigInteger Require(BigInteger value, string field) =>
        IsInRange(value) ? value : throw new ArgumentOutOfRangeException(field, value, $"{field} must be a uint256 (0 to 2^256-1)");

    /// <summary>Returns <paramref name="value"/>, or throws naming the field when it is negative.</summary>
    public static BigInteger RequireNonNegative(BigInteger value, string field) =>
        value.Sign >= 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"{field} must not be negative");
}
