using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Options;

public sealed class OrleansClientOptionsValidator : IValidateOptions<OrleansClientOptions>
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, OrleansClientOptions options)
    {
        const string Section = OrleansClientOptions.SectionName;
        var failures = new List<string>();
        if (options.GatewayPort is < 1 or > 65535)
        {
            failures.Add($"{Section}:GatewayPort must be a TCP port between 1 and 65535 (was {options.GatewayPort}).");
        }
        if (options.ConnectRetryDelay <= TimeSpan.Zero || options.ConnectRetryDelay > MaxDelay)
        {
            failures.Add($"{Section}:ConnectRetryDelay must be more than 0 and at most {MaxDelay} (was {options.ConnectRetryDelay}).");
        }
        if (options.ReadinessTimeout <= TimeSpan.Zero || options.ReadinessTimeout > MaxDelay)
        {
            failures.Add($"{Section}:ReadinessTimeout must be more than 0 and at most {MaxDelay} (was {options.ReadinessTimeout}).");
        }
        if (options.GatewayListRefreshPeriod is { } refresh && (refresh < TimeSpan.FromMilliseconds(200) || refresh > TimeSpan.FromHours(1)))
        {
            failures.Add($"{Section}:GatewayListRefreshPeriod must be between 200 ms and 1 hour (was {refresh}).");
        }
        if (options.Membership is not ("AzureTable" or "Localhost"))
        {
            failures.Add($"{Section}:Membership must be \"AzureTable\" or \"Localhost\" (was \"{options.Membership}\").");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
