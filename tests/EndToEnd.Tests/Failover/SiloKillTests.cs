using System.Diagnostics;
using System.Globalization;
using Livepeer.EndToEnd.Tests.Support;
using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Abstractions.Redemption;
using Livepeer.Grains.Abstractions.Sessions;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Crypto;
using Livepeer.TestSupport.Media;
using Xunit.Abstractions;

namespace Livepeer.EndToEnd.Tests.Failover;

/// <summary>
/// Issue 8, done-when 2: a two-silo cluster on the dev chain (separate OS processes, as ./run.sh --silos 2 runs
/// them). `kill -9` of the non-GPU silo during a paid stream costs at most one segment and playback goes on;
/// `kill -9` of the GPU silo turns pushes into clear 503s until it is back, then they succeed again; afterwards
/// the payment state in the tables agrees on both sides (gateway session credit = orchestrator's credit, no
/// winning ticket twice, none failed).
/// </summary>
public sealed class SiloKillTests(ITestOutputHelper output)
{
    /// <summary>Orleans's response timeout (30 s, unchanged) plus slack for a transcode on a busy machine.</summary>
    private static readonly TimeSpan LongestAnswer = TimeSpan.FromSeconds(40);

    private static readonly EthAddress Orchestrator = EthAddress.Parse(TwoSiloCluster.OrchestratorAddress);
    private static readonly EthAddress Gateway = EthAddress.Parse(TwoSiloCluster.GatewayAddress);

    [Fact]
    public async Task Kill_9_of_either_silo_mid_stream_loses_at_most_one_segment_or_answers_503_and_no_payment_state()
    {
        var total = Stopwatch.StartNew();
        await using var cluster = await TwoSiloCluster.StartAsync();
        output.WriteLine($"cluster up in {total.Elapsed.TotalSeconds:F1} s");
        using var http = cluster.CreateHttpClient(TimeSpan.FromSeconds(90));
        var pusher = new SegmentPusher(http, await TestClips.SegmentAsync(seconds: 1, width: 320, height: 180));
        var placement = new GrainPlacement(cluster);
        await ChargeForWorkAsync(cluster);
        var streams = new List<string>();

        // A stream whose grain lives on silo 2, so that killing silo 2 takes the stream's activation with it.
        string? stream = null;
        for (var attempt = 0; attempt < 8 && stream is null; attempt++)
        {
            var candidate = $"kill-{attempt}-{Guid.NewGuid():N}"[..24];
            streams.Add(candidate);
            await ExpectSuccessAsync(pusher, candidate, cluster);
            if (await placement.SiloOfAsync("livepeer.stream", candidate) == 2)
            {
                stream = candidate;
            }
        }
        Assert.True(stream is not null, "no stream grain was placed on silo 2 in 8 streams");
        for (var i = 0; i < 3; i++)
        {
            await ExpectSuccessAsync(pusher, stream, cluster);
        }
        var onSilo2 = await placement.GrainsOnAsync(2);
        output.WriteLine("on silo 2 before the kill: " + string.Join(", ", onSilo2));

        // Phase 1: kill -9 the non-GPU silo while segments keep coming.
        var pushing = Task.Run(async () =>
        {
            // The kill lands during this push (or between pushes).
            var deadline = DateTime.UtcNow.AddSeconds(150);
            var successesAfterKill = 0;
            while (successesAfterKill < 8 && DateTime.UtcNow < deadline)
            {
                var outcome = await pusher.PushAsync(stream);
                if (outcome.Succeeded && cluster.Silo(2).HasExited)
                {
                    successesAfterKill++;
                }
            }
        });
        await Task.Delay(300);
        var killed = DateTime.UtcNow;
        await cluster.Silo(2).KillHardAsync();
        await pushing;
        var afterKill = pusher.Outcomes.Where(o => o.Stream == stream && o.StartedAt + o.Took > killed).ToList();
        output.WriteLine("phase 1 (silo 2 killed at " + killed.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + "):\n  " + string.Join("\n  ", afterKill));
        var failed = afterKill.Count(o => !o.Succeeded);
        var firstBack = afterKill.FirstOrDefault(o => o.Succeeded && o.StartedAt > killed);
        Assert.True(firstBack is not null, $"no segment succeeded after silo 2 was killed. {cluster.Diagnostics()}");
        Assert.True(failed <= 1, $"{failed} segments failed after silo 2 was killed (at most 1 may):\n{string.Join('\n', afterKill)}\n{cluster.Diagnostics()}");
        Assert.True(afterKill.Count(o => o.Succeeded) >= 8, "fewer than 8 segments succeeded after the kill:\n" + string.Join('\n', afterKill));
        Assert.All(afterKill, o => Assert.True(o.Took < LongestAnswer, $"a push took {o.Took} after the kill: {o}"));
        var recovered1 = firstBack.StartedAt + firstBack.Took - killed;
        output.WriteLine($"phase 1: {failed} segment(s) failed; first success {recovered1.TotalSeconds:F1} s after the kill");
        await ExpectPlaylistHoldsAsync(http, stream, pusher.Next(stream) - 1);

        // Silo 2 comes back; the stream goes on.
        await cluster.StartSiloAsync(2);
        await cluster.WaitForReadyAsync(2, TimeSpan.FromSeconds(60));
        await ExpectSuccessAsync(pusher, stream, cluster);

        // Phase 2: kill -9 the GPU silo: clear 503s (not 500, no hang) until it is back, then success.
        killed = DateTime.UtcNow;
        await cluster.Silo(1).KillHardAsync();
        var refused = new List<PushOutcome>();
        var phase2Deadline = DateTime.UtcNow.AddSeconds(120);
        while (refused.Count(o => o.Status == 503) < 4 && DateTime.UtcNow < phase2Deadline)
        {
            refused.Add(await pusher.PushAsync(stream));
        }
        output.WriteLine("phase 2 (silo 1 killed at " + killed.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + "):\n  " + string.Join("\n  ", refused));
        Assert.True(refused.Count(o => o.Status == 503) >= 4, $"pushes without a GPU silo did not get 503:\n{string.Join('\n', refused)}\n{cluster.Diagnostics()}");
        Assert.All(refused, o =>
        {
            Assert.True(o.Status == 503, $"without a GPU silo a push must get 503, got: {o}");
            Assert.False(string.IsNullOrWhiteSpace(o.Body), $"a 503 without a reason: {o}");
            Assert.True(o.Took < LongestAnswer, $"a push took {o.Took} without a GPU silo: {o}");
        });
        var no503Before = refused.First(o => o.Status == 503);
        output.WriteLine($"phase 2: first 503 {(no503Before.StartedAt + no503Before.Took - killed).TotalSeconds:F1} s after the kill: \"{no503Before.Body}\"");

        // Pushes go on while silo 1 starts again: 503 until it serves, then success.
        var restarted = DateTime.UtcNow;
        var gpuSilo = cluster.LaunchSilo(1);
        DateTime? served = null;
        var waiting = new List<PushOutcome>();
        var recoverDeadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < recoverDeadline && (waiting.Count == 0 || !waiting[^1].Succeeded))
        {
            Assert.False(gpuSilo.HasExited, $"silo 1 exited while starting again. {cluster.Diagnostics()}");
            waiting.Add(await pusher.PushAsync(stream));
            served ??= gpuSilo.Output.Contains(TwoSiloCluster.SiloStartedLine, StringComparison.Ordinal) ? DateTime.UtcNow : null;
            if (!waiting[^1].Succeeded)
            {
                await Task.Delay(500);
            }
        }
        output.WriteLine("phase 2, while silo 1 starts again:\n  " + string.Join("\n  ", waiting.Count > 12 ? waiting.Take(3).Concat(waiting.TakeLast(9)) : waiting));
        Assert.True(waiting.Count > 0 && waiting[^1].Succeeded, $"no push succeeded within 180 s of restarting silo 1:\n{string.Join('\n', waiting)}\n{cluster.Diagnostics()}");
        Assert.All(waiting.SkipLast(1), o => Assert.True(o.Status == 503 && o.Took < LongestAnswer, $"while the GPU silo starts a push must get a prompt 503, got: {o}"));
        var recovered2 = waiting[^1].StartedAt + waiting[^1].Took;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phase 2: {waiting.Count - 1} pushes refused with 503 during the restart; first success {(recovered2 - restarted).TotalSeconds:F1} s after silo 1 was launched, {(served is { } at ? (recovered2 - at).TotalSeconds : double.NaN):F1} s after it logged its start"));
        for (var i = 0; i < 3; i++)
        {
            await ExpectSuccessAsync(pusher, stream, cluster);
        }
        await ExpectPlaylistHoldsAsync(http, stream, pusher.Next(stream) - 1);

        await ExpectPaymentStateConsistentAsync(cluster, streams);
        output.WriteLine($"total {total.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// A price (about 2 tickets a segment) and tickets that win about one time in five (EV 1e12 wei, face value
    /// capped at 5e12), so the streams pay, and winners reach the redemption queue, during the kills.
    /// </summary>
    private static async Task ChargeForWorkAsync(TwoSiloCluster cluster)
    {
        var orchestrator = cluster.Grains.GetGrain<IOrchestratorGrain>(Orchestrator.ToLowerHex());
        var settings = await orchestrator.GetSettings();
        Assert.Empty(await orchestrator.Configure(settings with { TicketEV = 1_000_000_000_000, MaxFaceValue = 5_000_000_000_000 }));
        Assert.Empty(await orchestrator.SetPrices(new PriceBook(new PriceEntry(null, null, null, 1_200_000, 1), AutoAdjust: false, [])));
    }

    private async Task ExpectPaymentStateConsistentAsync(TwoSiloCluster cluster, IReadOnlyList<string> streams)
    {
        var receiver = cluster.Grains.GetGrain<ITicketReceiverGrain>(TicketReceiverKey.Format(Orchestrator, Gateway));
        long ticketsSent = 0;
        foreach (var stream in streams)
        {
            // Read from the tables: the grains may have lived on a killed silo and come back from storage.
            var session = await cluster.Grains.GetGrain<IOrchestratorSessionGrain>($"{stream}/{Orchestrator.ToLowerHex()}").GetSnapshot();
            Assert.True(session.IsOpen, $"the session of stream {stream} is not open");
            Assert.NotNull(session.AuthSessionId);
            var credit = await receiver.GetBalance(session.AuthSessionId);
            output.WriteLine($"stream {stream}: gateway credit {session.Balance}, orchestrator credit {credit}, {session.Calls} calls, {session.TicketsSent} tickets");
            Assert.True(session.Balance == credit, $"stream {stream}: the gateway holds credit {session.Balance} with the orchestrator, which holds {credit}");
            ticketsSent += session.TicketsSent;
        }
        Assert.True(ticketsSent > 0, "the streams paid no tickets: the test did not exercise payments");
        var queue = await cluster.Grains.GetGrain<IRedemptionQueueGrain>(Orchestrator.ToLowerHex()).GetSnapshot();
        var winners = queue.Pending.Concat(queue.Redeemed).Concat(queue.Failed).ToList();
        output.WriteLine($"redemption queue: {queue.Pending.Count} pending, {queue.Redeemed.Count} redeemed, {queue.Failed.Count} failed of {ticketsSent} tickets sent");
        // The ticket hash covers every field (recipientRandHash and nonce included): no winner was queued twice.
        // Nonces alone repeat legitimately, as each call's fresh ticket params start again at nonce 1.
        Assert.Equal(winners.Count, winners.Select(w => w.TicketHash).Distinct().Count());
        Assert.True(winners.Count > 0, $"no winning ticket among {ticketsSent} at a win probability of about 1/5: winners were not exercised");
        Assert.True(queue.Failed.Count == 0, "winning tickets failed redemption: " + string.Join("; ", queue.Failed.Select(w => w.LastError)));
    }

    private static async Task ExpectSuccessAsync(SegmentPusher pusher, string stream, TwoSiloCluster cluster)
    {
        var outcome = await pusher.PushAsync(stream);
        Assert.True(outcome.Succeeded, $"push failed: {outcome}\n{cluster.Diagnostics()}");
    }

    /// <summary>The source and the rendition playlists list <paramref name="sequence"/>: playback follows the push.</summary>
    private static async Task ExpectPlaylistHoldsAsync(HttpClient http, string stream, long sequence)
    {
        foreach (var rendition in (string[])["source", "P144p30fps16x9"])
        {
            var playlist = await http.GetStringAsync(new Uri($"stream/{stream}/{rendition}.m3u8", UriKind.Relative));
            Assert.Contains($"{rendition}/{sequence.ToString(CultureInfo.InvariantCulture)}.ts\n", playlist, StringComparison.Ordinal);
        }
    }
}
