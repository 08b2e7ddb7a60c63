namespace Livepeer.Gateway.Api.Cluster;

/// <summary>
/// The reason text of a 503 for a grain call the cluster did not answer. Orleans puts the inner exception's stack
/// trace into some messages (a silo that was just killed: "Exception while sending message: …ConnectionFailedException:
/// Unable to connect to …" followed by "   at …" lines); a client gets the first line only, which names the cause.
/// </summary>
public static class ClusterFailure
{
    public const string Prefix = "the cluster did not answer";

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        int end = message.IndexOfAny(['\r', '\n']);
        var firstLine = (end < 0 ? message : message[..end]).Trim();
        return firstLine.Length == 0
            ? $"{Prefix} ({exception.GetType().Name}); try again"
            : $"{Prefix} ({exception.GetType().Name}): {firstLine}; try again";
    }
}
