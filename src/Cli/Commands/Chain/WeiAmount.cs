using System.Globalization;
using System.Numerics;

namespace Livepeer.Cli.Commands.Chain;

/// <summary>Amounts on the command line: whole wei ("1000", "1000wei"), gwei ("2gwei") or ether ("1.5eth"), exact, never rounded.</summary>
public static class WeiAmount
{
    private static readonly (string Suffix, int Decimals)[] Units = [("wei", 0), ("gwei", 9), ("ether", 18), ("eth", 18)];

    /// <summary>Parses <paramref name="text"/>; on failure returns false with a message saying what is accepted.</summary>
    public static bool TryParse(string text, out BigInteger wei, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        wei = BigInteger.Zero;
        var trimmed = text.Trim();
        int decimals = 0;
        foreach (var (suffix, unitDecimals) in Units.OrderByDescending(u => u.Suffix.Length))
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^suffix.Length].TrimEnd();
                decimals = unitDecimals;
                break;
            }
        }
        var parts = trimmed.Split('.');
        bool digitsOnly = parts.Length <= 2 && parts.All(p => p.All(char.IsAsciiDigit)) && parts[0].Length + (parts.Length == 2 ? parts[1].Length : 0) > 0;
        if (!digitsOnly || (parts.Length == 2 && parts[1].Length == 0))
        {
            error = $"'{text}' is not an amount: use whole wei (1000000000000000000), or a number with a unit (1.5eth, 2gwei, 1000wei)";
            return false;
        }
        var fraction = parts.Length == 2 ? parts[1].TrimEnd('0') : "";
        if (fraction.Length > decimals)
        {
            error = $"'{text}' is not a whole number of wei (at most {decimals} decimal places for this unit)";
            return false;
        }
        var whole = parts[0].Length == 0 ? BigInteger.Zero : BigInteger.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        var fractionWei = fraction.Length == 0 ? BigInteger.Zero : BigInteger.Parse(fraction.PadRight(decimals, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        wei = whole * BigInteger.Pow(10, decimals) + fractionWei;
        error = "";
        return true;
    }

    /// <summary>Decimal wei, as JSON carries it (a string: uint256 does not fit a JSON number).</summary>
    public static string Format(BigInteger wei) => wei.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1500000000000000000 wei (1.5 ETH)" for text output.</summary>
    public static string Describe(BigInteger wei)
    {
        var ether = BigInteger.DivRem(BigInteger.Abs(wei), BigInteger.Pow(10, 18), out var remainder);
        var fraction = remainder.IsZero ? "" : "." + remainder.ToString(CultureInfo.InvariantCulture).PadLeft(18, '0').TrimEnd('0');
        return $"{Format(wei)} wei ({(wei.Sign < 0 ? "-" : "")}{ether.ToString(CultureInfo.InvariantCulture)}{fraction} ETH)";
    }
}
