using System.Globalization;

namespace Livepeer.Wire.Tests.Deployments;

/// <summary>Reads samples out of a Prometheus text exposition.</summary>
public static class PrometheusText
{
    /// <summary>The sum of the samples named <paramref name="metric"/> whose labels contain <paramref name="labelContains"/> (0 when none).</summary>
    public static double Sum(string text, string metric, string? labelContains = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        double sum = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = line[metric.Length..];
            string labels = "";
            if (rest.StartsWith('{'))
            {
                int close = rest.IndexOf('}', StringComparison.Ordinal);
                labels = rest[..(close + 1)];
                rest = rest[(close + 1)..];
            }
            if (!rest.StartsWith(' '))
            {
                // Another metric whose name starts with this one.
                continue;
            }
            if (labelContains is not null && !labels.Contains(labelContains, StringComparison.Ordinal))
            {
                continue;
            }
            sum += double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        return sum;
    }
}
