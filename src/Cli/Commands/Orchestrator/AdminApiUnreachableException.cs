namespace Livepeer.Cli.Commands.Orchestrator;

/// <summary>The admin API did not answer at all (refused connection, unknown host, timeout).</summary>
public sealed class AdminApiUnreachableException(string message, Exception inner) : Exception(message, inner);
