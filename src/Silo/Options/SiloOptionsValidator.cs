using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class SiloOptionsValidator : IValidateOptions<SiloOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloOptions options)
    {
        var failures = new List<string>();
        CheckPort(failures, nameof(options.SiloPort), options.SiloPort);
        CheckPort(failures, nameof(options.GatewayPort), options.GatewayPort);
        if (options.SiloPort == options.GatewayPort)
        {
            failures.Add($"{SiloOptions.SectionName}:SiloPort and {SiloOptions.SectionName}:GatewayPort must differ (both are {options.SiloPort}).");
        }
        if (!System.Net.IPAddress.TryParse(options.AdvertisedIPAddress, out _))
        {
            failures.Add($"{SiloOptions.SectionName}:AdvertisedIPAddress must be an IP address (was \"{options.AdvertisedIPAddress}\").");
        }
        if (options.Membership is not (StorageProviders.AzureTable or StorageProviders.Localhost))
        {
            failures.Add($"{SiloOptions.SectionName}:Membership must be \"{StorageProviders.AzureTable}\" or \"{StorageProviders.Localhost}\" (was \"{options.Membership}\").");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPort(List<string> failures, string key, int port)
    {
        if (port is < 1 or > 65535)
        {
            failures.Add($"{SiloOptions.SectionName}:{key} must be a TCP port between 1 and 65535 (was {port}).");
        }
    }
}
