using Orleans.Runtime;

namespace Livepeer.AzureStorage.Tests.Grains;

/// <summary>Keeps its counter in the default grain storage.</summary>
[GrainType("test-counter")]
public sealed class CounterGrain(
    [PersistentState("counter")] IPersistentState<CounterState> state,
    ILocalSiloDetails silo) : Grain, ICounterGrain
{
    public async Task<CounterReading> Add(int amount)
    {
        state.State.Value += amount;
        state.State.Writes++;
        await state.WriteStateAsync();
        return Reading();
    }

    public Task<CounterReading> Read() => Task.FromResult(Reading());

    private CounterReading Reading() => new(state.State.Value, state.State.Writes, silo.SiloAddress.ToParsableString());
}
