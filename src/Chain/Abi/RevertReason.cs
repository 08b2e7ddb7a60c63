using System.Globalization;
using System.Numerics;
using Livepeer.Chain.Contracts;

namespace Livepeer.Chain.Abi;

/// <summary>
/// Decoded revert data (chain.md §8): Error(string) 0x08c379a0, Panic(uint256) 0x4e487b71, empty,
/// or unknown. <see cref="Message"/> is the require string itself for Error, so callers can match
/// the contract's messages exactly; decoding never throws.
/// </summary>
public sealed class RevertReason
{
    public static readonly FunctionSelector ErrorSelector = new(0x08c379a0);
    public static readonly FunctionSelector PanicSelector = new(0x4e487b71);

    private static readonly AbiType[] StringParameter = [AbiType.String];
    private static readonly AbiType[] UIntParameter = [AbiType.UInt256];

    private RevertReason(RevertKind kind, string message, BigInteger? panicCode, byte[] data)
    {
        Kind = kind;
        Message = message;
        PanicCode = panicCode;
        Data = data;
    }

    public RevertKind Kind { get; }

    /// <summary>The Error(string) text, or a description of the panic, empty revert or unknown data.</summary>
    public string Message { get; }

    /// <summary>The Panic(uint256) code, for <see cref="RevertKind.Panic"/>.</summary>
    public BigInteger? PanicCode { get; }

    /// <summary>The revert data as received.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public static RevertReason Decode(ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
        if (data.IsEmpty)
        {
            return new RevertReason(RevertKind.Empty, "reverted without a reason", null, copy);
        }
        if (!FunctionSelector.TryRead(data, out var selector))
        {
            return new RevertReason(RevertKind.Unknown, $"unrecognized revert data 0x{Convert.ToHexStringLower(data)}", null, copy);
        }
        var arguments = data[FunctionSelector.Length..];
        if (selector == ErrorSelector)
        {
            try
            {
                return new RevertReason(RevertKind.Error, AbiDecoder.DecodeParameters(StringParameter, arguments)[0].AsString(), null, copy);
            }
            catch (AbiException e)
            {
                return new RevertReason(RevertKind.Unknown, $"malformed Error(string) revert data 0x{Convert.ToHexStringLower(data)}: {e.Message}", null, copy);
            }
        }
        if (selector == PanicSelector)
        {
            try
            {
                var code = AbiDecoder.DecodeParameters(UIntParameter, arguments)[0].AsNumber();
                return new RevertReason(RevertKind.Panic, $"panic 0x{code.ToString("x2", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(2, '0')}: {PanicMeaning(code)}", code, copy);
            }
            catch (AbiException e)
            {
                return new RevertReason(RevertKind.Unknown, $"malformed Panic(uint256) revert data 0x{Convert.ToHexStringLower(data)}: {e.Message}", null, copy);
            }
        }
        return new RevertReason(RevertKind.Unknown, $"custom error {selector} (revert data 0x{Convert.ToHexStringLower(data)})", null, copy);
    }

    /// <summary>The Solidity meaning of a Panic(uint256) code.</summary>
    public static string PanicMeaning(BigInteger code) => (int)BigInteger.Min(code, 0x100) switch
    {
        0x00 => "generic compiler panic",
        0x01 => "assert failed",
        0x11 => "arithmetic overflow or underflow",
        0x12 => "division or modulo by zero",
        0x21 => "invalid enum value",
        0x22 => "invalid storage byte array encoding",
        0x31 => "pop() on an empty array",
        0x32 => "array index out of bounds",
        0x41 => "out of memory (too much allocated)",
        0x51 => "call to a zero-initialized internal function",
        _ => "unknown panic code",
    };

    /// <summary>Error(string) revert data, as a contract produces it (for test doubles).</summary>
    public static byte[] EncodeError(string message) => Prefix(ErrorSelector, AbiEncoder.Encode(AbiType.String, AbiValue.String(message)));

    /// <summary>Panic(uint256) revert data (for test doubles).</summary>
    public static byte[] EncodePanic(BigInteger code) => Prefix(PanicSelector, AbiEncoder.Encode(AbiType.UInt256, AbiValue.Number(code)));

    /// <summary>The exception the chain client throws for this revert.</summary>
    public ContractRevertException ToException() => new(Message);

    public override string ToString() => Message;

    private static byte[] Prefix(FunctionSelector selector, byte[] arguments)
    {
        var data = new byte[FunctionSelector.Length + arguments.Length];
        selector.CopyTo(data);
        arguments.CopyTo(data.AsSpan(FunctionSelector.Length));
        return data;
    }
}
