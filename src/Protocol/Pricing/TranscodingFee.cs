using System.Numerics;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// The gateway's fee estimate for one transcoded segment (pm-protocol.md §10.2 step 1):
/// fee = outPixels × 1.02 × pricePerPixel, outPixels = Σ w × h × ceil(fps/fpsDen) × ceil(seconds).
/// </summary>
public static class TranscodingFee
{
    /// <summary>Frame rate counted for a pass-through (fps 0) profile.</summary>
    public const uint PassThroughFps = 60;

    /// <summary>go-livepeer's float64 1.02, converted exactly: 2296835809958953 / 2251799813685248.</summary>
    public static readonly BigRational PixelEstimateMultiplier = BigRational.FromDouble(1.02);

    /// <summary>The output pixels the gateway budgets for.</summary>
    public static BigInteger EstimateOutputPixels(IEnumerable<VideoProfile> profiles, double durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (!double.IsFinite(durationSeconds) || durationSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "segment duration must be a finite, non-negative number of seconds");
        }
        var seconds = new BigInteger(Math.Ceiling(durationSeconds));
        var total = BigInteger.Zero;
        foreach (var profile in profiles)
        {
            ArgumentNullException.ThrowIfNull(profile, nameof(profiles));
            if (profile.Width < 0 || profile.Height < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(profiles), $"profile '{profile.Name}' has a negative size {profile.Width}x{profile.Height}");
            }
            uint fps = profile.Fps == 0 ? PassThroughFps : profile.Fps;
            uint fpsDen = profile.FpsDen == 0 ? 1 : profile.FpsDen;
            // Exact integer ceiling; equal to Go's float64 ceil for every pair of uint32s.
            BigInteger frames = ((BigInteger)fps + fpsDen - 1) / fpsDen;
            total += (BigInteger)profile.Width * profile.Height * frames * seconds;
        }
        return total;
    }

    /// <summary>The fee for <paramref name="outputPixels"/> at <paramref name="pricePerPixel"/>, including the 1.02 margin.</summary>
    public static BigRational Estimate(BigInteger outputPixels, BigRational pricePerPixel) =>
        new BigRational(outputPixels) * PixelEstimateMultiplier * pricePerPixel;

    public static BigRational Estimate(IEnumerable<VideoProfile> profiles, double durationSeconds, BigRational pricePerPixel) =>
        Estimate(EstimateOutputPixels(profiles, durationSeconds), pricePerPixel);
}
