using System.Globalization;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// The attempts of one job (a segment, an AI request): each attempt goes to a different orchestrator,
/// and after MaxAttempts the job gives up (gateway-api.md §4.3: 3 per segment). Not thread-safe.
/// </summary>
public sealed class JobAttempts
{
    private readonly HashSet<EthAddress> _tried = [];
    private readonly HashSet<EthAddress> _failed = [];

    public JobAttempts(int maxAttempts)
    {
        if (maxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAttempts), maxAttempts, "a job needs at least 1 attempt");
        }
        MaxAttempts = maxAttempts;
    }

    public int MaxAttempts { get; }

    /// <summary>Attempts started so far.</summary>
    public int Attempts => _tried.Count;

    public bool CanAttempt => Attempts < MaxAttempts;

    /// <summary>Orchestrators already given this job.</summary>
    public IReadOnlySet<EthAddress> Tried => _tried;

    public IReadOnlySet<EthAddress> Failed => _failed;

    /// <summary>
    /// Selects the orchestrator for the next attempt, excluding every one already tried, and counts the
    /// attempt when one is found. Throws when the attempts are used up; check <see cref="CanAttempt"/>.
    /// </summary>
    public SelectionResult Next(
        ProbabilitySelection selection,
        IEnumerable<OrchestratorCandidate> candidates,
        SelectionRequest request,
        Random rng,
        Suspender? suspender = null)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (!CanAttempt)
        {
            throw new InvalidOperationException(GaveUpMessage(request.Job));
        }
        var result = selection.Select(candidates, request, rng, _tried, suspender);
        if (result.Succeeded)
        {
            _tried.Add(result.Selected.Address);
        }
        return result;
    }

    /// <summary>Marks an attempt as failed (the caller also suspends the orchestrator).</summary>
    public void RecordFailure(EthAddress address)
    {
        if (!_tried.Contains(address))
        {
            throw new InvalidOperationException($"{address} was not given this job, so it cannot have failed it");
        }
        _failed.Add(address);
    }

    /// <summary>The error to report once the attempts are used up.</summary>
    public string GaveUpMessage(CapabilityModel job) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{job} failed on {Attempts} orchestrator(s), the most allowed is {MaxAttempts}: {string.Join(", ", _tried)}");
}
