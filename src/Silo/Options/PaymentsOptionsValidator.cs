using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Payments;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class PaymentsOptionsValidator : IValidateOptions<PaymentsOptions>
{
    private const string Section = PaymentsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, PaymentsOptions options)
    {
        var failures = new List<string>();
        var ticketEV = Positive(nameof(PaymentsOptions.TicketEV), options.TicketEV, failures);
        var maxFaceValue = Wei(nameof(PaymentsOptions.MaxFaceValue), options.MaxFaceValue, failures);
        Positive(nameof(PaymentsOptions.MaxTicketEV), options.MaxTicketEV, failures);
        Positive(nameof(PaymentsOptions.MaxTotalEV), options.MaxTotalEV, failures);
        var ev = ticketEV ?? new PaymentOptions().TicketEV;
        if (maxFaceValue is { Sign: > 0 } cap && cap <= ev)
        {
            // A face value at or below EV means win probability 1 (which senders refuse) or no ticket at all.
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:MaxFaceValue ({cap}) must be above the ticket EV ({ev}), or 0 for no cap."));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Applies the configured values over <paramref name="payment"/>; call only with valid options.</summary>
    public static void Apply(PaymentsOptions options, PaymentOptions payment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(payment);
        payment.TicketEV = Parse(options.TicketEV) ?? payment.TicketEV;
        payment.MaxFaceValue = Parse(options.MaxFaceValue) ?? payment.MaxFaceValue;
        payment.MaxTicketEV = Parse(options.MaxTicketEV) ?? payment.MaxTicketEV;
        payment.MaxTotalEV = Parse(options.MaxTotalEV) ?? payment.MaxTotalEV;
    }

    private static BigInteger? Parse(string text) =>
        string.IsNullOrEmpty(text) ? null : BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static BigInteger? Positive(string key, string? text, List<string> failures)
    {
        var value = Wei(key, text, failures);
        if (value is { Sign: 0 })
        {
            failures.Add($"{Section}:{key} must be positive wei (was \"{text}\"), or empty for the default.");
            return null;
        }
        return value;
    }

    private static BigInteger? Wei(string key, string? text, List<string> failures)
    {
        if (text is null)
        {
            failures.Add($"{Section}:{key} must be a whole number of wei, or empty for the default.");
            return null;
        }
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > 78 || !BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            failures.Add($"{Section}:{key} must be a whole number of wei in decimal digits such as 1000000000000 (was \"{text}\").");
            return null;
        }
        return value;
    }
}
