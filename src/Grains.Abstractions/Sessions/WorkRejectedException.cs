namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>
/// The orchestrator refused or failed the job itself (bad input, unsupported job, worker error): the
/// gateway is answered with <see cref="Exception.Message"/> and the payment counts as spent. Anything
/// else thrown by a worker is treated the same way, with a generic message.
/// </summary>
[GenerateSerializer, Alias("livepeer.WorkRejectedException")]
public sealed class WorkRejectedException : Exception
{
    public WorkRejectedException()
    {
    }

    public WorkRejectedException(string message)
        : base(message)
    {
    }

    public WorkRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the input itself was bad (the HTTP layer answers 4xx rather than 5xx).</summary>
    [Id(0)]
    public bool IsBadInput { get; init; }
}
