using System.Globalization;
using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class SiloLivenessOptionsValidator : IValidateOptions<SiloLivenessOptions>
{
    /// <summary>Below this a busy silo would miss probes and be declared dead while it is fine.</summary>
    public static readonly TimeSpan MinimumPeriod = TimeSpan.FromMilliseconds(200);

    public ValidateOptionsResult Validate(string? name, SiloLivenessOptions options)
    {
        var failures = new List<string>();
        CheckPeriod(failures, nameof(options.ProbeTimeout), options.ProbeTimeout);
        CheckPeriod(failures, nameof(options.TableRefreshTimeout), options.TableRefreshTimeout);
        CheckPeriod(failures, nameof(options.IAmAliveTablePublishTimeout), options.IAmAliveTablePublishTimeout);
        if (options.MissedProbesLimit is < 1 or > 100)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SiloLivenessOptions.SectionName}:{nameof(options.MissedProbesLimit)} must be between 1 and 100 (was {options.MissedProbesLimit})."));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPeriod(List<string> failures, string key, TimeSpan? period)
    {
        if (period is { } value && (value < MinimumPeriod || value > TimeSpan.FromHours(1)))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SiloLivenessOptions.SectionName}:{key} must be between {MinimumPeriod.TotalMilliseconds} ms and 1 hour (was {value})."));
        }
    }
}
