using System.Globalization;

namespace Livepeer.Grains.Senders;

/// <summary>Gateway-side sender account settings (configuration section "Livepeer:Sender").</summary>
public sealed class SenderGrainOptions
{
    public const string SectionName = "Livepeer:Sender";

    /// <summary>The deposit/reserve view is read again from the chain once it is this many L1 blocks old.</summary>
    public long AccountMaxAgeBlocks { get; set; } = 20;

    /// <summary>
    /// Nonces stored ahead of use (one storage write per this many tickets, in the background once half is used).
    /// A restart skips what the block had left, so smaller blocks waste less of the uint32 nonce space (4.3 billion
    /// per turn; a turn only has to outlast the params in use, minutes) and larger ones write less often.
    /// </summary>
    public int NonceBlock { get; set; } = 65_536;

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (AccountMaxAgeBlocks < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"AccountMaxAgeBlocks must not be negative, got {AccountMaxAgeBlocks}"));
        }
        if (NonceBlock is < 2 or > 1 << 30)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"NonceBlock must be between 2 and {1 << 30}, got {NonceBlock}"));
        }
        return errors;
    }
}
