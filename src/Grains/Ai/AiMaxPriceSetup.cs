using Livepeer.Protocol.Selection;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Ai;

/// <summary>Puts the configured max prices per pipeline and model (<see cref="AiOptions.MaxPricePerCapability"/>) into the selection options.</summary>
public sealed class AiMaxPriceSetup(IOptions<AiOptions> ai) : IConfigureOptions<SelectionOptions>
{
    public void Configure(SelectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Invalid JSON fails AiOptions validation at start; here only the usable entries are applied.
        foreach (var (job, price) in ai.Value.MaxPrices(out _))
        {
            options.MaxPricePerCapability[job] = price;
        }
    }
}
