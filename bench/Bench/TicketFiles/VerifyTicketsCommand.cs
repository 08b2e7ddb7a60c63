using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Payments;

namespace Livepeer.Bench.TicketFiles;

/// <summary>
/// `verify-tickets &lt;file&gt; [rounds]`: our full receive check (<see cref="TicketReceiver.Receive"/>:
/// recipientRand HMAC and commitment once per payment; per ticket hash, signature recovery, signer
/// check, win test and nonce store) over every payment of a tickets.bin, on this one thread. Reading
/// and rebuilding the payments is outside the timing, as the other verifiers do. Prints one JSON line
/// with the best round's rate by wall clock and by this process's CPU time (all threads: JIT and GC
/// count), the latter unaffected by time spent waiting for a shared core.
/// </summary>
public static class VerifyTicketsCommand
{
    public const int DefaultRounds = 3;

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int rounds = DefaultRounds;
        if (args.Length is < 1 or > 2 || (args.Length == 2 && (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds <= 0)))
        {
            Console.Error.WriteLine("usage: verify-tickets <file> [rounds (positive, default 3)]");
            return 2;
        }
        string path = args[0];
        IReadOnlyList<FilePayment> payments;
        TicketFileContents contents;
        try
        {
            contents = TicketFile.Read(path);
            payments = TicketFilePayments.Build(path, contents);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var context = contents.Context!;
        var senderInfo = new SenderInfo(BigInteger.Zero, ReserveInfo.Empty, context.SenderWithdrawRound);
        var receipts = new TicketReceipt[payments.Count];
        double best = 0;
        double bestCpu = 0;
        for (int round = 0; round < rounds; round++)
        {
            // A fresh store per round: the same nonces are received again.
            var nonces = new InMemorySenderNonceStore();
            var cpuStart = Environment.CpuUsage.TotalTime;
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < payments.Count; i++)
            {
                receipts[i] = TicketReceiver.Receive(
                    payments[i].Batch, context.Recipient, context.Secret, senderInfo, context.LastSeenL1Block, context.LastInitializedRound, nonces);
            }
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            double cpuSeconds = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;
            best = Math.Max(best, contents.Tickets.Count / seconds);
            bestCpu = Math.Max(bestCpu, contents.Tickets.Count / cpuSeconds);
        }

        var (valid, wins, firstError) = Tally(contents, payments, receipts);
        var result = new VerifyResult("livepeer-orleans", contents.Tickets.Count, valid, wins, Math.Round(best, 1), Math.Round(bestCpu, 1));
        Console.WriteLine(JsonSerializer.Serialize(result, VerifyResultJsonContext.Default.VerifyResult));
        if (firstError is not null)
        {
            Console.Error.WriteLine($"first rejection: {firstError}");
        }
        return valid == contents.Tickets.Count ? 0 : 1;
    }

    /// <summary>Valid: accepted by the receive check, with the recipientRand and signer the file expects.</summary>
    private static (int Valid, int Wins, string? FirstError) Tally(TicketFileContents contents, IReadOnlyList<FilePayment> payments, TicketReceipt[] receipts)
    {
        int valid = 0;
        int wins = 0;
        string? firstError = null;
        for (int i = 0; i < payments.Count; i++)
        {
            var payment = payments[i];
            var receipt = receipts[i];
            if (receipt.RecipientRand != payment.RecipientRand)
            {
                firstError ??= $"payment at ticket {payment.FirstTicket}: recipientRand {receipt.RecipientRand} differs from the file's {payment.RecipientRand}";
                continue;
            }
            for (int j = 0; j < receipt.Outcomes.Count; j++)
            {
                var outcome = receipt.Outcomes[j];
                bool signerMatches = contents.Tickets[payment.FirstTicket + j].Signer == payment.Batch.Sender;
                if (outcome.Accepted && signerMatches)
                {
                    valid++;
                }
                else
                {
                    firstError ??= $"ticket {payment.FirstTicket + j}: {outcome.Error ?? "signer differs from the file's expected signer"}";
                }
                wins += outcome.Won ? 1 : 0;
            }
        }
        return (valid, wins, firstError);
    }
}
