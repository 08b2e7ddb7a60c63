using System.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// The operator-tunable numbers of ticket payments (go-livepeer flags -ticketEV, -maxFaceValue,
/// -maxTicketEV, -maxTotalEV, -depositMultiplier and the chain's redeem gas). Defaults are
/// go-livepeer's; fixed protocol numbers live in <see cref="PmConstants"/>.
/// </summary>
public sealed class PaymentOptions
{
    /// <summary>Recipient: the EV (wei) each ticket must carry; face value and win probability follow from it.</summary>
    public BigInteger TicketEV { get; set; } = PmConstants.DefaultTicketEV;

    /// <summary>Recipient: gas of one redemption transaction (350 000 on L1, 1 200 000 on Arbitrum).</summary>
    public long RedeemGas { get; set; } = PmConstants.RedeemGasL1;

    /// <summary>Recipient: face value = redemption tx cost × this, so redeeming costs at most 1/this of a win.</summary>
    public int TxCostMultiplier { get; set; } = PmConstants.DefaultTxCostMultiplier;

    /// <summary>Recipient: cap on the face value it asks for; 0 means no cap.</summary>
    public BigInteger MaxFaceValue { get; set; } = BigInteger.Zero;

    /// <summary>Sender: the highest EV of one ticket it accepts to sign.</summary>
    public BigInteger MaxTicketEV { get; set; } = PmConstants.DefaultMaxTicketEV;

    /// <summary>Sender: the highest total EV of the tickets of one payment.</summary>
    public BigInteger MaxTotalEV { get; set; } = PmConstants.DefaultMaxTotalEV;

    /// <summary>Sender: face value may be at most deposit / this.</summary>
    public int DepositMultiplier { get; set; } = PmConstants.DefaultDepositMultiplier;

    /// <summary>Every problem with the values, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (TicketEV.Sign <= 0)
        {
            errors.Add($"TicketEV must be positive, got {TicketEV}");
        }
        if (RedeemGas <= 0)
        {
            errors.Add($"RedeemGas must be positive, got {RedeemGas}");
        }
        if (TxCostMultiplier <= 0)
        {
            errors.Add($"TxCostMultiplier must be positive, got {TxCostMultiplier}");
        }
        if (MaxFaceValue.Sign < 0)
        {
            errors.Add($"MaxFaceValue must be 0 (no cap) or positive, got {MaxFaceValue}");
        }
        if (MaxTicketEV.Sign <= 0)
        {
            errors.Add($"MaxTicketEV must be positive, got {MaxTicketEV}");
        }
        if (MaxTotalEV.Sign <= 0)
        {
            errors.Add($"MaxTotalEV must be positive, got {MaxTotalEV}");
        }
        if (DepositMultiplier <= 0)
        {
            errors.Add($"DepositMultiplier must be positive, got {DepositMultiplier}");
        }
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid payment options: " + string.Join("; ", errors));
        }
    }
}
