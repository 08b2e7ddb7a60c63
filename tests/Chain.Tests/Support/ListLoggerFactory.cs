using Microsoft.Extensions.Logging;

namespace Livepeer.Chain.Tests.Support;

/// <summary>Gives every category the same list of entries, so a test sees all logging of the object it built.</summary>
internal sealed class ListLoggerFactory : ILoggerFactory
{
    private readonly ListLogger<ListLoggerFactory> _logger = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => _logger.Entries;

    public ILogger CreateLogger(string categoryName) => _logger;

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("ListLoggerFactory keeps its own entries");

    public void Dispose()
    {
    }
}
