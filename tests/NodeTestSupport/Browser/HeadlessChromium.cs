using System.Diagnostics;

namespace Livepeer.NodeTestSupport.Browser;

/// <summary>Debian's Chromium (scripts/setup.sh installs it) run headless: a screenshot or the DOM after scripts ran.</summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Writes a PNG of <paramref name="url"/> as a 1280×900 window shows it after <paramref name="settle"/> (page time, or at most that plus 10 s of real time).</summary>
    public static Task ScreenshotAsync(Uri url, string pngPath, TimeSpan settle) =>
        RunAsync(url, settle, $"--screenshot={pngPath}", "--window-size=1280,900");

    /// <summary>The page's DOM, serialized after <paramref name="settle"/> of page time (scripts rendered).</summary>
    public static Task<string> DumpDomAsync(Uri url, TimeSpan settle) => RunAsync(url, settle, "--dump-dom");

    private static async Task<string> RunAsync(Uri url, TimeSpan settle, params string[] mode)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"{Path} is missing: install the Debian package chromium (./test.sh does, via scripts/setup.sh)");
        }
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                // Virtual time stands still while requests are in flight, and a polling page always has one:
                // --timeout bounds the wait in real time.
                $"--virtual-time-budget={(int)settle.TotalMilliseconds}", $"--timeout={(int)(settle + TimeSpan.FromSeconds(10)).TotalMilliseconds}",
                .. mode, url.ToString()])
            {
                start.ArgumentList.Add(argument);
            }
            using var chromium = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Path}");
            var stdout = chromium.StandardOutput.ReadToEndAsync();
            var stderr = chromium.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await chromium.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                chromium.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish {url} within 2 minutes; stderr: {await stderr}");
            }
            return chromium.ExitCode == 0
                ? await stdout
                : throw new InvalidOperationException($"chromium exited with {chromium.ExitCode} for {url}: {await stderr}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
