using System.Globalization;
using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// Picks an orchestrator for a job from a snapshot of candidates (gateway-api.md §4.4, with §3.8 and §6):
/// <list type="number">
/// <item>drop entries excluded for this job, in the other trust pool, not advertising the capability/model
/// (warm if asked), quoting no price, or inactive this round;</item>
/// <item>drop perf scores below MinPerfScore, unless that would drop everyone;</item>
/// <item>drop prices above the job's max price in every mode; when nobody is left and
/// IgnoreMaxPriceIfNeeded, keep them all;</item>
/// <item>hold back suspended orchestrators unless nobody else is left (then the lowest penalty);</item>
/// <item>pick by <see cref="SelectionRequest.Rule"/>: a weighted draw over addresses, or the lowest latency.</item>
/// </list>
/// Pure: no clock, no I/O; the random source is passed in. Takes a snapshot of the options.
/// </summary>
public sealed class ProbabilitySelection
{
    private readonly SelectionOptions _options;
    private readonly BigRational _priceExpFactor;

    public ProbabilitySelection(SelectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options.Clone();
        _priceExpFactor = BigRational.FromDouble(_options.PriceExpFactor);
    }

    public int MaxAttempts => _options.MaxAttempts;

    /// <summary>The max price this selection enforces for a job (wei per unit), or null for none.</summary>
    public BigRational? MaxPriceFor(CapabilityModel job) => _options.MaxPriceFor(job);

    /// <summary>Runs the filters; the eligible entries keep the input order.</summary>
    public CandidateFilterResult Filter(
        IEnumerable<OrchestratorCandidate> candidates,
        SelectionRequest request,
        IReadOnlyCollection<EthAddress>? excluded = null,
        Suspender? suspender = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(request);
        var job = request.Job;
        var excludedSet = excluded as IReadOnlySet<EthAddress> ?? (excluded is null ? null : new HashSet<EthAddress>(excluded));
        var rejected = new List<CandidateRejection>();
        var stage = new List<(OrchestratorCandidate Candidate, BigRational Price)>();
        int known = 0;

        foreach (var candidate in candidates)
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(candidates));
            known++;
            if (excludedSet is not null && excludedSet.Contains(candidate.Address))
            {
                rejected.Add(Reject(candidate, RejectionReason.Excluded, "already tried for this job"));
            }
            else if (!InPool(candidate, request.Pool))
            {
                rejected.Add(Reject(candidate, RejectionReason.OtherTrustPool,
                    Invariant($"trust score {candidate.TrustScore} is outside the {request.Pool.ToString().ToLowerInvariant()} pool")));
            }
            else if (!candidate.Offers(job, request.RequireWarm, out var notOffered))
            {
                rejected.Add(Reject(candidate, notOffered.Value,
                    notOffered == RejectionReason.NotWarm ? $"{job} is not warm" : $"does not advertise {job}"));
            }
            else if (!candidate.TryGetPrice(job, out var price))
            {
                rejected.Add(Reject(candidate, RejectionReason.NoPrice, $"quotes no price for {job}"));
            }
            else if (!candidate.ActiveThisRound)
            {
                rejected.Add(Reject(candidate, RejectionReason.Inactive, "not in the active set this round"));
            }
            else
            {
                stage.Add((candidate, price));
            }
        }

        bool perfSkipped = false;
        if (_options.MinPerfScore > 0 && stage.Count > 0)
        {
            var passing = stage.Where(entry => entry.Candidate.PerfScore >= _options.MinPerfScore).ToList();
            if (passing.Count == 0)
            {
                // Nobody passing usually means the perf stats service is down, not that everyone is bad.
                perfSkipped = true;
            }
            else
            {
                foreach (var (candidate, _) in stage.Where(entry => !(entry.Candidate.PerfScore >= _options.MinPerfScore)))
                {
                    rejected.Add(Reject(candidate, RejectionReason.LowPerfScore, candidate.PerfScore is { } score
                        ? Invariant($"perf score {score} is below {_options.MinPerfScore}")
                        : Invariant($"has no perf score (minimum {_options.MinPerfScore})")));
                }
                stage = passing;
            }
        }

        var maxPrice = _options.MaxPriceFor(job);
        bool maxPriceIgnored = false;
        if (maxPrice is { } max && stage.Count > 0)
        {
            var affordable = stage.Where(entry => entry.Price <= max).ToList();
            if (affordable.Count == 0 && _options.IgnoreMaxPriceIfNeeded)
            {
                maxPriceIgnored = true;
            }
            else
            {
                foreach (var (candidate, price) in stage.Where(entry => entry.Price > max))
                {
                    rejected.Add(Reject(candidate, RejectionReason.AboveMaxPrice,
                        $"asks {RationalConversion.FormatWei(price)} wei per unit for {job}, max {RationalConversion.FormatWei(max)}"));
                }
                stage = affordable;
            }
        }

        bool suspendedFallback = false;
        if (suspender is not null && stage.Count > 0)
        {
            // Held back unless nobody else is left; then only those released soonest.
            Func<OrchestratorCandidate, bool> usable = candidate => !suspender.IsSuspended(candidate.Address);
            if (!stage.Any(entry => usable(entry.Candidate)))
            {
                suspendedFallback = true;
                long lowest = stage.Min(entry => suspender.SuspendedThrough(entry.Candidate.Address)!.Value);
                usable = candidate => suspender.SuspendedThrough(candidate.Address) == lowest;
            }
            foreach (var (candidate, _) in stage.Where(entry => !usable(entry.Candidate)))
            {
                rejected.Add(Reject(candidate, RejectionReason.Suspended,
                    Invariant($"suspended through refresh {suspender.SuspendedThrough(candidate.Address)} (now {suspender.RefreshCount})")));
            }
            stage = [.. stage.Where(entry => usable(entry.Candidate))];
        }

        var eligible = stage.Select(entry => entry.Candidate).ToList();
        string? error = eligible.Count == 0 ? NoCandidateMessage(job, known, rejected, maxPrice) : null;
        return new CandidateFilterResult(job, eligible, rejected, maxPrice, maxPriceIgnored, perfSkipped, suspendedFallback, error);
    }

    /// <summary>
    /// The chance of each address being picked for the request: the weighted draw for
    /// <see cref="SelectionRule.Probability"/>, 1.0 for the single pick of the latency rules. Empty when none is eligible.
    /// </summary>
    public IReadOnlyDictionary<EthAddress, double> Probabilities(
        IEnumerable<OrchestratorCandidate> candidates,
        SelectionRequest request,
        IReadOnlyCollection<EthAddress>? excluded = null,
        Suspender? suspender = null)
    {
        var filtered = Filter(candidates, request, excluded, suspender);
        if (filtered.Eligible.Count == 0)
        {
            return new Dictionary<EthAddress, double>();
        }
        if (request.Rule != SelectionRule.Probability)
        {
            return new Dictionary<EthAddress, double> { [PickByLatency(filtered.Eligible, request.Rule).Address] = 1.0 };
        }
        var weighted = Weigh(filtered.Eligible, request.Job);
        return weighted.ToDictionary(entry => entry.Representative.Address, entry => entry.Probability);
    }

    /// <summary>
    /// Picks one orchestrator for the request, never one in <paramref name="excluded"/>. For the
    /// probability rule the draw uses <paramref name="rng"/>; of several entries of the drawn
    /// address, the cheapest (then fastest) is returned.
    /// </summary>
    public SelectionResult Select(
        IEnumerable<OrchestratorCandidate> candidates,
        SelectionRequest request,
        Random rng,
        IReadOnlyCollection<EthAddress>? excluded = null,
        Suspender? suspender = null)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var filtered = Filter(candidates, request, excluded, suspender);
        if (filtered.Eligible.Count == 0)
        {
            return new SelectionResult(null, filtered);
        }
        if (request.Rule != SelectionRule.Probability)
        {
            return new SelectionResult(PickByLatency(filtered.Eligible, request.Rule), filtered);
        }
        var weighted = Weigh(filtered.Eligible, request.Job);
        double draw = rng.NextDouble();
        double cumulative = 0;
        foreach (var (representative, probability) in weighted)
        {
            cumulative += probability;
            if (draw < cumulative)
            {
                return new SelectionResult(representative, filtered);
            }
        }
        // Rounding can leave the sum a hair under 1: fall back to the last address with any chance.
        return new SelectionResult(weighted.Last(entry => entry.Probability > 0).Representative, filtered);
    }

    /// <summary>
    /// Up to MaxAttempts minus the failures distinct orchestrators to try for one job, in order, none of
    /// them in <paramref name="failed"/>. Each is drawn by <see cref="Select"/> with the earlier ones excluded.
    /// </summary>
    public IReadOnlyList<OrchestratorCandidate> PlanAttempts(
        IEnumerable<OrchestratorCandidate> candidates,
        SelectionRequest request,
        Random rng,
        IReadOnlyCollection<EthAddress>? failed = null,
        Suspender? suspender = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var snapshot = candidates as IReadOnlyList<OrchestratorCandidate> ?? [.. candidates];
        var exclude = new HashSet<EthAddress>(failed ?? []);
        var plan = new List<OrchestratorCandidate>();
        int remaining = _options.MaxAttempts - exclude.Count;
        while (plan.Count < remaining)
        {
            var result = Select(snapshot, request, rng, exclude, suspender);
            if (!result.Succeeded)
            {
                break;
            }
            plan.Add(result.Selected);
            exclude.Add(result.Selected.Address);
        }
        return plan;
    }

    /// <summary>
    /// The §4.4 weights, one entry per address in first-seen order:
    /// p = PriceWeight·priceNorm/Σ + StakeWeight·stake/Σ + RandWeight/N, with a term of 1.0 where its sum
    /// is 0, then normalised so the draw matches the numbers returned.
    /// </summary>
    private List<(OrchestratorCandidate Representative, double Probability)> Weigh(IReadOnlyList<OrchestratorCandidate> eligible, CapabilityModel job)
    {
        var byAddress = new Dictionary<EthAddress, (OrchestratorCandidate Candidate, BigRational Price)>();
        var order = new List<EthAddress>();
        foreach (var candidate in eligible)
        {
            candidate.TryGetPrice(job, out var price);
            if (!byAddress.TryGetValue(candidate.Address, out var current))
            {
                order.Add(candidate.Address);
                byAddress[candidate.Address] = (candidate, price);
            }
            else if (price < current.Price || (price == current.Price && candidate.DiscoveryLatency < current.Candidate.DiscoveryLatency))
            {
                byAddress[candidate.Address] = (candidate, price);
            }
        }

        int n = order.Count;
        var entries = order.Select(address => byAddress[address]).ToList();

        // exp(−(p − pMin)/F) normalised equals exp(−p/F) normalised, without underflowing to 0 for large prices.
        var minPrice = entries.Min(entry => entry.Price);
        var priceNorms = entries
            .Select(entry => Math.Exp(-RationalConversion.ToDoubleSaturating((entry.Price - minPrice) / _priceExpFactor)))
            .ToList();
        double priceSum = priceNorms.Sum();

        var stakeSum = entries.Aggregate(System.Numerics.BigInteger.Zero, (sum, entry) => sum + entry.Candidate.Stake);

        var raw = new double[n];
        for (int i = 0; i < n; i++)
        {
            double priceTerm = priceSum > 0 ? priceNorms[i] / priceSum : 1.0;
            double stakeTerm = stakeSum.IsZero ? 1.0 : RationalConversion.ToDoubleSaturating(new BigRational(entries[i].Candidate.Stake, stakeSum));
            raw[i] = _options.PriceWeight * priceTerm + _options.StakeWeight * stakeTerm + _options.RandWeight / n;
        }
        double total = raw.Sum();
        return [.. entries.Select((entry, i) => (entry.Candidate, raw[i] / total))];
    }

    private static OrchestratorCandidate PickByLatency(IReadOnlyList<OrchestratorCandidate> eligible, SelectionRule rule)
    {
        // MinBy keeps the first of equals, so ties go to input (discovery) order.
        return rule == SelectionRule.LowestLatencyScore
            ? eligible.MinBy(candidate => (candidate.LatencyScore, candidate.DiscoveryLatency))!
            : eligible.MinBy(candidate => candidate.DiscoveryLatency)!;
    }

    private static bool InPool(OrchestratorCandidate candidate, TrustPool pool) => pool switch
    {
        TrustPool.Trusted => candidate.IsTrusted,
        TrustPool.Untrusted => !candidate.IsTrusted,
        _ => true,
    };

    private static CandidateRejection Reject(OrchestratorCandidate candidate, RejectionReason reason, string detail) =>
        new(candidate.Address, candidate.ServiceUri, reason, detail);

    private static string NoCandidateMessage(CapabilityModel job, int known, List<CandidateRejection> rejected, BigRational? maxPrice)
    {
        var text = new StringBuilder($"no orchestrator offers {job}");
        if (known == 0)
        {
            return text.Append(" (no orchestrators known)").ToString();
        }
        text.Append(CultureInfo.InvariantCulture, $" ({known} known: ");
        var parts = new List<string>();
        foreach (var group in rejected.GroupBy(r => r.Reason).OrderBy(g => g.Key))
        {
            int count = group.Count();
            parts.Add(group.Key switch
            {
                RejectionReason.Excluded => Invariant($"{count} already tried"),
                RejectionReason.OtherTrustPool => Invariant($"{count} in the other trust pool"),
                RejectionReason.NotAdvertised => Invariant($"{count} do not advertise it"),
                RejectionReason.NotWarm => Invariant($"{count} have it only cold"),
                RejectionReason.NoPrice => Invariant($"{count} quote no price for it"),
                RejectionReason.Inactive => Invariant($"{count} inactive this round"),
                RejectionReason.LowPerfScore => Invariant($"{count} below the min perf score"),
                RejectionReason.AboveMaxPrice => Invariant($"{count} above the max price of {RationalConversion.FormatWei(maxPrice ?? BigRational.Zero)} wei per unit"),
                _ => Invariant($"{count} suspended"),
            });
        }
        return text.Append(string.Join(", ", parts)).Append(')').ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
