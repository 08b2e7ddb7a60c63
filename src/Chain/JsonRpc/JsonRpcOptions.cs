namespace Livepeer.Chain.JsonRpc;

/// <summary>
/// Where the Ethereum JSON-RPC node is and how hard to try: a per-request timeout, and retries with
/// exponential backoff plus jitter for transport failures, timeouts, HTTP 5xx, 408 and 429.
/// JSON-RPC errors (reverts included) are answers, never retried.
/// </summary>
public sealed class JsonRpcOptions
{
    /// <summary>The node's HTTP(S) endpoint, e.g. http://127.0.0.1:8545 or an Arbitrum provider URL.</summary>
    public Uri? Url { get; set; }

    /// <summary>How long one HTTP request may take before it counts as failed (and is retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt; 0 tries once.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The delay before the first retry; it doubles per retry up to <see cref="BackoffMax"/>.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest delay between two attempts.</summary>
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The endpoint, once <see cref="Validate"/> has accepted it.</summary>
    public Uri RequiredUrl => Url ?? throw new InvalidOperationException("JSON-RPC Url is not set");

    /// <summary>Every problem with the values, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (Url is null)
        {
            errors.Add("Url is required (the Ethereum JSON-RPC endpoint, e.g. http://127.0.0.1:8545)");
        }
        else if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"Url must be an absolute http or https URL, got '{Url}'");
        }
        if (Timeout <= TimeSpan.Zero)
        {
            errors.Add($"Timeout must be positive, got {Timeout}");
        }
        if (MaxRetries < 0 || MaxRetries > 100)
        {
            errors.Add($"MaxRetries must be between 0 and 100, got {MaxRetries}");
        }
        if (BackoffBase < TimeSpan.Zero)
        {
            errors.Add($"BackoffBase must not be negative, got {BackoffBase}");
        }
        if (BackoffMax < BackoffBase)
        {
            errors.Add($"BackoffMax ({BackoffMax}) must be at least BackoffBase ({BackoffBase})");
        }
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid JSON-RPC options: " + string.Join("; ", errors));
        }
    }
}
