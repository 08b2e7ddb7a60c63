using Microsoft.Extensions.Options;

namespace Livepeer.Silo.Options;

public sealed class ChainOptionsValidator : IValidateOptions<ChainOptions>
{
    private const string Key = $"{ChainOptions.SectionName}:Network";

    public ValidateOptionsResult Validate(string? name, ChainOptions options)
    {
        if (!ChainNetworks.All.Contains(options.Network))
        {
            return ValidateOptionsResult.Fail($"{Key} must be one of {string.Join(", ", ChainNetworks.All)} (was \"{options.Network}\").");
        }
        if (!ChainNetworks.Available.Contains(options.Network))
        {
            return ValidateOptionsResult.Fail(
                $"{Key}: network {options.Network} is not available yet: only {string.Join(", ", ChainNetworks.Available)} runs today (the {options.Network} chain connection is still to come).");
        }
        return ValidateOptionsResult.Success;
    }
}
