namespace Livepeer.Chain.Sending;

/// <summary>How the transaction sender prices, sizes, checks and waits for transactions.</summary>
public sealed class TransactionSenderOptions
{
    public FeeMode FeeMode { get; set; } = FeeMode.Auto;

    /// <summary>eth_estimateGas × this is the gas limit, so a slightly different state at inclusion does not run out of gas.</summary>
    public double GasLimitMultiplier { get; set; } = 1.25;

    /// <summary>EIP-1559 max fee = base fee × this + priority fee, so the transaction survives base-fee rises while it waits.</summary>
    public int BaseFeeMultiplier { get; set; } = 2;

    /// <summary>Run the exact call with eth_call first, so a revert surfaces with its reason before any gas is paid.</summary>
    public bool SimulateBeforeSend { get; set; } = true;

    /// <summary>How long to wait for a sent transaction to be mined.</summary>
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often to ask for the receipt while waiting.</summary>
    public TimeSpan ReceiptPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Every problem with the values, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(FeeMode))
        {
            errors.Add($"FeeMode must be Auto, Legacy or Eip1559, got {(int)FeeMode}");
        }
        if (double.IsNaN(GasLimitMultiplier) || GasLimitMultiplier < 1 || GasLimitMultiplier > 10)
        {
            errors.Add($"GasLimitMultiplier must be between 1 and 10, got {GasLimitMultiplier}");
        }
        if (BaseFeeMultiplier < 1 || BaseFeeMultiplier > 10)
        {
            errors.Add($"BaseFeeMultiplier must be between 1 and 10, got {BaseFeeMultiplier}");
        }
        if (ReceiptTimeout <= TimeSpan.Zero)
        {
            errors.Add($"ReceiptTimeout must be positive, got {ReceiptTimeout}");
        }
        if (ReceiptPollInterval <= TimeSpan.Zero)
        {
            errors.Add($"ReceiptPollInterval must be positive, got {ReceiptPollInterval}");
        }
        else if (ReceiptPollInterval > ReceiptTimeout)
        {
            errors.Add($"ReceiptPollInterval ({ReceiptPollInterval}) must not exceed ReceiptTimeout ({ReceiptTimeout})");
        }
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid transaction sender options: " + string.Join("; ", errors));
        }
    }
}
