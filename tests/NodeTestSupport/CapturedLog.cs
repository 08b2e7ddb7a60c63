using Microsoft.Extensions.Logging;

namespace Livepeer.NodeTestSupport;

/// <summary>One log record: where it came from, its event, and its structured values by name.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values);
