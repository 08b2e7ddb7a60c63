using System.Numerics;

namespace Livepeer.Chain.Sending;

/// <summary>The fees one transaction will offer: a legacy gas price, or EIP-1559 max fee and priority fee.</summary>
public sealed record FeeQuote
{
    private FeeQuote(BigInteger? gasPrice, BigInteger? maxFeePerGas, BigInteger? maxPriorityFeePerGas)
    {
        GasPrice = gasPrice;
        MaxFeePerGas = maxFeePerGas;
        MaxPriorityFeePerGas = maxPriorityFeePerGas;
    }

    /// <summary>Legacy: the gas price. Null for EIP-1559.</summary>
    public BigInteger? GasPrice { get; }

    /// <summary>EIP-1559: the most paid per gas, base fee included. Null for legacy.</summary>
    public BigInteger? MaxFeePerGas { get; }

    /// <summary>EIP-1559: the tip per gas. Null for legacy.</summary>
    public BigInteger? MaxPriorityFeePerGas { get; }

    public bool IsEip1559 => MaxFeePerGas is not null;

    /// <summary>The most one unit of gas can cost under this quote.</summary>
    public BigInteger MaxPricePerGas => MaxFeePerGas ?? GasPrice ?? BigInteger.Zero;

    public static FeeQuote Legacy(BigInteger gasPrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gasPrice);
        return new FeeQuote(gasPrice, null, null);
    }

    public static FeeQuote Eip1559(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxPriorityFeePerGas);
        if (maxFeePerGas < maxPriorityFeePerGas)
        {
            throw new ArgumentOutOfRangeException(nameof(maxFeePerGas), maxFeePerGas, $"the max fee must cover the priority fee {maxPriorityFeePerGas}");
        }
        return new FeeQuote(null, maxFeePerGas, maxPriorityFeePerGas);
    }

    public override string ToString() =>
        IsEip1559 ? $"EIP-1559 maxFee {MaxFeePerGas} wei, tip {MaxPriorityFeePerGas} wei" : $"legacy gasPrice {GasPrice} wei";
}
