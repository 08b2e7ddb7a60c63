using CsCheck;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Selection;
using static Livepeer.Protocol.Tests.Selection.TestOrchestrators;

namespace Livepeer.Protocol.Tests.Selection;

public sealed class SelectionPropertyTests
{
    // One orchestrator: price 0..2000 wei, stake 0..10^6, active or not.
    private static readonly Gen<(int Price, int Stake, bool Active)> GenOrch =
        Gen.Select(Gen.Int[0, 2_000], Gen.Int[0, 1_000_000], Gen.Bool);

    private static readonly Gen<(double Stake, double Price, double Rand)> GenWeights =
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[0, 100])
            .Where((a, b, c) => a + b + c > 0)
            .Select((a, b, c) => ((double)a / (a + b + c), (double)b / (a + b + c), 1.0 - (double)a / (a + b + c) - (double)b / (a + b + c)));

    [Fact]
    public void Probabilities_sum_to_one_and_only_eligible_orchestrators_get_any() =>
        Gen.Select(GenOrch.List[1, 8], GenWeights, Gen.Int[0, 2_000], Gen.Int).Sample((orchs, weights, maxPrice, seed) =>
        {
            var candidates = orchs.Select((o, i) => Orch(i + 1, o.Price, o.Stake) with { ActiveThisRound = o.Active }).ToList();
            var options = new SelectionOptions
            {
                StakeWeight = weights.Stake,
                PriceWeight = weights.Price,
                RandWeight = Math.Max(0, weights.Rand),
                MaxPrice = maxPrice,
            };
            var selection = new ProbabilitySelection(options);
            var eligible = candidates.Where(c => c.ActiveThisRound && c.Prices[CapabilityModel.Transcoding] <= new BigRational(maxPrice))
                .Select(c => c.Address).ToHashSet();

            var probabilities = selection.Probabilities(candidates, Transcode);
            var result = selection.Select(candidates, Transcode, new Random(seed));

            if (eligible.Count == 0)
            {
                return probabilities.Count == 0 && !result.Succeeded && result.Error!.StartsWith("no orchestrator offers transcoding", StringComparison.Ordinal);
            }
            return probabilities.Keys.ToHashSet().SetEquals(eligible)
                && Math.Abs(probabilities.Values.Sum() - 1.0) < 1e-9
                && probabilities.Values.All(p => p >= 0)
                && result.Succeeded
                && probabilities[result.Selected.Address] > 0;
        }, iter: 500);
}
