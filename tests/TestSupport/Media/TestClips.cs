using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Livepeer.TestSupport.Media;

/// <summary>
/// Small media made with the system ffmpeg at test time (lavfi test sources), cached per argument list in a
/// temporary folder for the life of the test process, so a test suite encodes each clip once.
/// </summary>
public static class TestClips
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("livepeer-clips-").FullName;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>
    /// An MPEG-TS (or MP4) segment of <paramref name="seconds"/> of testsrc2 video (H.264, a key frame every
    /// second) with a sine tone in AAC unless <paramref name="audio"/> is false.
    /// </summary>
    public static Task<byte[]> SegmentAsync(double seconds = 1, int width = 320, int height = 180, int fps = 30, bool audio = true, bool mp4 = false, string source = "testsrc2") =>
        MakeAsync(mp4 ? "mp4" : "ts", Args(seconds, width, height, fps, audio, mp4, source));

    /// <summary>An audio-only MPEG-TS segment (AAC sine).</summary>
    public static Task<byte[]> AudioOnlyAsync(double seconds = 1) =>
        MakeAsync("ts", Invariant($"-f lavfi -i sine=frequency=440:duration={seconds} -c:a aac -b:a 64k -f mpegts"));

    /// <summary>Runs ffmpeg with <paramref name="arguments"/> (input and codec options, no output) into a file of <paramref name="extension"/>; returns its bytes.</summary>
    public static async Task<byte[]> MakeAsync(string extension, string arguments)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(arguments)))[..24] + "." + extension;
        var path = Path.Combine(Folder, name);
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!File.Exists(path))
            {
                var temporary = path + ".part." + extension;
                await RunAsync("ffmpeg", $"-hide_banner -loglevel error -y {arguments} {temporary}").ConfigureAwait(false);
                File.Move(temporary, path);
            }
        }
        finally
        {
            Gate.Release();
        }
        return await File.ReadAllBytesAsync(path).ConfigureAwait(false);
    }

    /// <summary>Runs a tool to completion; throws with its stderr when it fails.</summary>
    public static async Task<string> RunAsync(string tool, string arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started");
        await using var owned = new OwnedProcess(process);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {arguments} exited with {process.ExitCode}: {errors}");
        }
        return output;
    }

    private static string Args(double seconds, int width, int height, int fps, bool audio, bool mp4, string source)
    {
        var video = Invariant($"-f lavfi -i {source}=size={width}x{height}:rate={fps}:duration={seconds}");
        var sound = audio ? Invariant($" -f lavfi -i sine=frequency=440:duration={seconds} -c:a aac -b:a 64k") : "";
        var codec = Invariant($" -c:v libx264 -preset ultrafast -pix_fmt yuv420p -g {fps} -keyint_min {fps} -sc_threshold 0");
        var container = mp4 ? " -movflags +faststart -f mp4" : " -f mpegts";
        return video + sound + codec + container;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
