using Microsoft.Extensions.Options;
using Orleans;

namespace Livepeer.AzureStorage.Tables;

/// <summary>Runs <see cref="AzureTableOptions.Validate"/> when the silo or client starts, so bad settings fail fast.</summary>
/// <param name="options">Options source.</param>
/// <param name="optionsName">Named-options key (empty for unnamed options).</param>
/// <param name="displayName">What the error message calls the provider.</param>
public sealed class AzureTableOptionsValidator<TOptions>(IOptionsMonitor<TOptions> options, string optionsName, string displayName) : IConfigurationValidator
    where TOptions : AzureTableOptions
{
    /// <inheritdoc />
    public void ValidateConfiguration() => options.Get(optionsName).Validate(displayName);
}
