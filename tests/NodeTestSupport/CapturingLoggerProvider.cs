using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Livepeer.NodeTestSupport;

/// <summary>Keeps every log record of a host (Information and up) so tests can check what was logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _logs = new();

    public IReadOnlyList<CapturedLog> Logs => [.. _logs];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void Dispose()
    {
        // Records stay readable after the host is gone.
        GC.SuppressFinalize(this);
    }

    internal void Add(CapturedLog log) => _logs.Enqueue(log);
}
