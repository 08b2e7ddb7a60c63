using System.ComponentModel.DataAnnotations;

namespace Livepeer.Chain.Keystore;

/// <summary>
/// scrypt cost parameters for writing keystores. <see cref="Standard"/> is geth's default
/// (N = 2^18, r = 8, p = 1: 256 MiB, about a second); <see cref="Light"/> is geth's light setting
/// (N = 4096, p = 6), meant for tests and low-value keys.
/// </summary>
public sealed class KeystoreScryptOptions : IValidatableObject
{
    /// <summary>Reading refuses parameters needing more memory than this (128·r·N bytes).</summary>
    public const long MaxMemoryBytes = 1L << 30;

    public static KeystoreScryptOptions Standard => new() { N = 262144, R = 8, P = 1 };

    public static KeystoreScryptOptions Light => new() { N = 4096, R = 8, P = 6 };

    /// <summary>CPU/memory cost; a power of two above 1.</summary>
    public int N { get; init; } = 262144;

    /// <summary>Block size.</summary>
    [Range(1, 1024)]
    public int R { get; init; } = 8;

    /// <summary>Parallelism.</summary>
    [Range(1, 1024)]
    public int P { get; init; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Check(N, R, P) is { } error ? [new ValidationResult(error, [nameof(N), nameof(R), nameof(P)])] : [];

    /// <summary>Throws <see cref="KeystoreException"/> naming the bad parameter.</summary>
    public void EnsureValid()
    {
        if (Check(N, R, P) is { } error)
        {
            throw new KeystoreException(error);
        }
    }

    /// <summary>The problem with a set of scrypt parameters, or null when they are usable.</summary>
    internal static string? Check(long n, long r, long p)
    {
        if (n <= 1 || (n & (n - 1)) != 0)
        {
            return $"scrypt n must be a power of two above 1, got {n}";
        }
        if (r < 1 || r > 1024)
        {
            return $"scrypt r must be 1 to 1024, got {r}";
        }
        if (p < 1 || p > 1024)
        {
            return $"scrypt p must be 1 to 1024, got {p}";
        }
        if (n > MaxMemoryBytes / (128 * r))
        {
            return $"scrypt n={n}, r={r} needs {128 * r * n / (1024 * 1024)} MiB; more than {MaxMemoryBytes / (1024 * 1024)} MiB is refused";
        }
        return null;
    }
}
