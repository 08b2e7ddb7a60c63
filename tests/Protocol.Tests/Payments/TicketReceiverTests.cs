using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tests.Tickets;
using Livepeer.Protocol.Tickets;
using static Livepeer.Protocol.Tests.Payments.ReceiverFixture;

namespace Livepeer.Protocol.Tests.Payments;

// pm-protocol.md §3.5 (order, texts, fatal or not) and §3.6 (sticky error, winners, credit).
public sealed class TicketReceiverTests
{
    private static readonly TicketParams Params = IssueParams();
    private static readonly TicketBatch Batch = Sign(Params, 1, 3);

    [Fact]
    public void Valid_batch_is_credited_with_the_exact_ev_of_each_ticket()
    {
        var nonces = new InMemorySenderNonceStore();
        var receipt = Receive(Batch, nonces);
        Assert.Null(receipt.Error);
        Assert.True(receipt.Succeeded);
        Assert.Equal(3, receipt.Outcomes.Count);
        Assert.All(receipt.Outcomes, o => Assert.True(o.Accepted && o.Credited && o.Error is null && !o.IsFatal));
        Assert.Equal(new uint[] { 1, 2, 3 }, receipt.Outcomes.Select(o => o.SenderNonce));
        Assert.Equal(Params.ExpectedValue * new BigRational(3), receipt.Credit);
        Assert.Equal(3, receipt.CreditedCount);
        Assert.Equal(3, nonces.Count(receipt.RecipientRand));
        Assert.Equal(Params.RecipientRandHash, RecipientRand.HashOf(receipt.RecipientRand));
        // Default EV 8e9 with face value EV × 100: the credit is three times a hair over 8e9.
        Assert.True(receipt.Credit >= new BigRational(24_000_000_000));
        Assert.True(receipt.Credit < new BigRational(24_000_000_001));
    }

    [Fact]
    public void Empty_batch_is_accepted_with_no_credit()
    {
        var receipt = Receive(Batch with { SenderParams = [] }, new InMemorySenderNonceStore());
        Assert.True(receipt.Succeeded);
        Assert.Empty(receipt.Outcomes);
        Assert.Equal(BigRational.Zero, receipt.Credit);
    }

    [Fact]
    public void Replayed_nonce_is_already_seen()
    {
        var nonces = new InMemorySenderNonceStore();
        Assert.True(Receive(Batch, nonces).Succeeded);
        var receipt = Receive(Sign(Params, 2, 1), nonces);
        var expected = $"invalid ticket senderNonce: already seen sender={SenderKey.Address} nonce=2";
        Assert.Equal(expected, receipt.Error);
        Assert.Equal("invalid ticket senderNonce: already seen sender=0x96216849c49358B10257cb55b28eA603c874b05E nonce=2", expected);
        Assert.False(receipt.IsFatal);
        Assert.Equal(BigRational.Zero, receipt.Credit);
    }

    [Fact]
    public void Replay_within_one_batch_credits_only_the_first()
    {
        var one = Sign(Params, 5, 1);
        var twice = one with { SenderParams = [one.SenderParams[0], one.SenderParams[0]] };
        var receipt = Receive(twice, new InMemorySenderNonceStore());
        Assert.True(receipt.Outcomes[0].Credited);
        Assert.False(receipt.Outcomes[1].Accepted);
        Assert.Equal(Params.ExpectedValue, receipt.Credit);
    }

    [Fact]
    public void The_601st_distinct_nonce_is_too_many()
    {
        var nonces = new InMemorySenderNonceStore();
        var rand = RecipientRand.Compute(Secret, Params, SenderKey.Address, Expiration);
        for (uint n = 1; n <= PmConstants.MaxSenderNonces; n++)
        {
            nonces.Add(rand, n, IssuedAtBlock + 40);
        }
        var receipt = Receive(Sign(Params, 601, 1), nonces);
        Assert.Equal($"invalid ticket senderNonce: too many values sender={SenderKey.Address} nonce=601", receipt.Error);
        Assert.False(receipt.IsFatal);
        Assert.Equal(600, nonces.Count(rand));

        // A nonce already among the 600 still reads "already seen": that check comes first.
        Assert.StartsWith("invalid ticket senderNonce: already seen", Receive(Sign(Params, 600, 1), nonces).Error);
    }

    [Fact]
    public void Six_hundred_nonces_fit()
    {
        var nonces = new InMemorySenderNonceStore();
        var receipt = Receive(Sign(Params, 1, 600), nonces);
        Assert.True(receipt.Succeeded, receipt.Error);
        Assert.Equal(600, receipt.CreditedCount);
    }

    [Fact]
    public void Wrong_recipient_is_fatal()
    {
        var other = EthAddress.Parse("0x3BadDb1eeE2105893136A3F96c8a963E9C6309d6");
        var receipt = TicketReceiver.Receive(Batch, other, Secret, FundedSender, IssuedAtBlock, Round, new InMemorySenderNonceStore());
        AssertFatal(receipt, "invalid ticket recipient");

        // The recipient is not inside the HMAC, so a batch naming another recipient fails on the recipient check too.
        var renamed = Batch with { Params = Params with { Recipient = other } };
        AssertFatal(Receive(renamed, new InMemorySenderNonceStore()), "invalid ticket recipient");
    }

    [Fact]
    public void Zero_sender_is_fatal() =>
        AssertFatal(Receive(Batch with { Sender = EthAddress.Zero }, new InMemorySenderNonceStore()), "invalid ticket sender");

    [Fact]
    public void Altered_params_break_the_recipient_rand_commitment_and_are_fatal()
    {
        AssertFatal(Receive(Batch with { Params = Params with { FaceValue = Params.FaceValue + 1 } }, new InMemorySenderNonceStore()),
            "invalid recipientRand for ticket recipientRandHash");
        AssertFatal(Receive(Batch with { Params = Params with { PricePerPixel = new BigRational(1) } }, new InMemorySenderNonceStore()),
            "invalid recipientRand for ticket recipientRandHash");
        var wrongSecret = new byte[32];
        var receipt = TicketReceiver.Receive(Batch, Recipient, wrongSecret, FundedSender, IssuedAtBlock, Round, new InMemorySenderNonceStore());
        AssertFatal(receipt, "invalid recipientRand for ticket recipientRandHash");
    }

    [Fact]
    public void Reduced_price_fractions_are_the_same_price()
    {
        // 3/2 sent as 6/4 reduces to the same Rat before it enters the HMAC.
        var same = Batch with { Params = Params with { PricePerPixel = new BigRational(6, 4) } };
        Assert.True(Receive(same, new InMemorySenderNonceStore()).Succeeded);
    }

    [Fact]
    public void Bad_signature_is_not_fatal_and_the_nonce_is_not_recorded()
    {
        var sig = (byte[])Batch.SenderParams[0].Signature.Clone();
        sig[10] ^= 0x01;
        var bad = Batch with { SenderParams = [new TicketSenderParams(1, sig)] };
        var nonces = new InMemorySenderNonceStore();
        var receipt = Receive(bad, nonces);
        Assert.Equal("invalid ticket signature", receipt.Error);
        Assert.False(receipt.IsFatal);
        Assert.False(receipt.Outcomes[0].Won);
        Assert.Equal(0, nonces.Count(receipt.RecipientRand));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(66)]
    [InlineData(0)]
    public void Signature_of_wrong_length_is_a_bad_signature(int length)
    {
        var sig = new byte[length];
        Batch.SenderParams[0].Signature.AsSpan(0, Math.Min(length, 65)).CopyTo(sig);
        var receipt = Receive(Batch with { SenderParams = [new TicketSenderParams(1, sig)] }, new InMemorySenderNonceStore());
        Assert.Equal("invalid ticket signature", receipt.Error);
        Assert.False(receipt.IsFatal);
    }

    [Fact]
    public void Signature_by_another_key_is_a_bad_signature()
    {
        var other = EthKey.FromHex("2c28ae1f85d42d04681873e04e39ffcab86770c9230c32f0d50be97511b1ad77");
        var forged = TicketBatch.Sign(Params, Expiration, other, 1, 1);
        var receipt = Receive(forged with { Sender = SenderKey.Address }, new InMemorySenderNonceStore());
        Assert.Equal("invalid ticket signature", receipt.Error);
    }

    [Fact]
    public void Expired_params_are_not_fatal_and_the_nonce_is_still_recorded()
    {
        var nonces = new InMemorySenderNonceStore();
        var expiration = (long)Params.ExpirationBlock;
        Assert.Equal(IssuedAtBlock + 40, expiration);

        Assert.True(Receive(Sign(Params, 1, 1), nonces, block: expiration - 1).Succeeded);
        var receipt = Receive(Sign(Params, 2, 1), nonces, block: expiration);
        Assert.Equal("TicketParams expired", receipt.Error);
        Assert.False(receipt.IsFatal);
        Assert.False(receipt.Outcomes[0].Accepted);
        Assert.Equal(BigRational.Zero, receipt.Credit);
        Assert.True(nonces.Contains(receipt.RecipientRand, 2));
    }

    [Theory]
    [InlineData(Round + 1)]
    [InlineData(Round)]
    [InlineData(1)]
    public void Unlocking_sender_is_fatal(long withdrawRound)
    {
        var unlocking = FundedSender with { WithdrawRound = withdrawRound };
        AssertFatal(Receive(Batch, new InMemorySenderNonceStore(), unlocking),
            "deposit and reserve for sender 0x96216849c49358B10257cb55b28eA603c874b05E is set to unlock soon");
    }

    [Fact]
    public void Sender_unlocking_later_is_accepted() =>
        Assert.True(Receive(Batch, new InMemorySenderNonceStore(), FundedSender with { WithdrawRound = Round + 2 }).Succeeded);

    [Fact]
    public void Unlock_check_comes_before_the_recipient_check()
    {
        var other = EthAddress.Parse("0x3BadDb1eeE2105893136A3F96c8a963E9C6309d6");
        var receipt = TicketReceiver.Receive(Batch, other, Secret, FundedSender with { WithdrawRound = Round }, IssuedAtBlock, Round, new InMemorySenderNonceStore());
        Assert.StartsWith("deposit and reserve for sender", receipt.Error);
    }

    [Fact]
    public void Recipient_check_comes_before_sender_and_commitment_checks()
    {
        var other = EthAddress.Parse("0x3BadDb1eeE2105893136A3F96c8a963E9C6309d6");
        var all = Batch with { Sender = EthAddress.Zero, Params = Params with { Recipient = other, FaceValue = 1 } };
        AssertFatal(Receive(all, new InMemorySenderNonceStore()), "invalid ticket recipient");
        AssertFatal(Receive(all with { Params = all.Params with { Recipient = Recipient } }, new InMemorySenderNonceStore()), "invalid ticket sender");
    }

    [Fact]
    public void First_non_fatal_error_is_sticky_but_later_tickets_are_still_checked()
    {
        var sig = (byte[])Batch.SenderParams[1].Signature.Clone();
        sig[64] = 29; // v must be 27 or 28
        var batch = Batch with { SenderParams = [Batch.SenderParams[0], new TicketSenderParams(2, sig), Batch.SenderParams[2]] };
        var nonces = new InMemorySenderNonceStore();
        var receipt = Receive(batch, nonces);
        Assert.Equal("invalid ticket signature", receipt.Error);
        Assert.Equal(3, receipt.Outcomes.Count);
        Assert.True(receipt.Outcomes[0].Credited);
        Assert.False(receipt.Outcomes[1].Accepted);
        Assert.True(receipt.Outcomes[2].Accepted);
        Assert.False(receipt.Outcomes[2].Credited);
        Assert.Equal(Params.ExpectedValue, receipt.Credit);
        Assert.True(nonces.Contains(receipt.RecipientRand, 3));
    }

    [Fact]
    public void Winners_are_reported_even_with_a_non_fatal_error()
    {
        var p = AlwaysWinningParams();
        Assert.Equal(PmConstants.MaxWinProb, p.WinProb);
        Assert.Equal(PmConstants.DefaultTicketEV, p.FaceValue);
        var batch = Sign(p, 1, 2);
        var nonces = new InMemorySenderNonceStore();

        var first = Receive(batch, nonces);
        Assert.True(first.Succeeded);
        Assert.Equal(2, first.Winners.Count);
        Assert.Equal(new BigRational(2 * PmConstants.DefaultTicketEV), first.Credit);

        var replay = Receive(batch, nonces);
        Assert.StartsWith("invalid ticket senderNonce: already seen", replay.Error);
        Assert.All(replay.Outcomes, o => Assert.True(o.Won && !o.Accepted));
        Assert.Equal(2, replay.Winners.Count);
        Assert.Equal(BigRational.Zero, replay.Credit);

        var expired = Receive(Sign(p, 3, 1), nonces, block: IssuedAtBlock + 40);
        Assert.Equal("TicketParams expired", expired.Error);
        Assert.Single(expired.Winners);
    }

    [Fact]
    public void Winner_carries_what_redemption_needs()
    {
        var p = AlwaysWinningParams();
        var batch = Sign(p, 7, 1);
        var winner = Assert.Single(Receive(batch, new InMemorySenderNonceStore()).Winners);
        Assert.Equal(batch.TicketAt(0), winner.Ticket);
        Assert.Equal(7u, winner.Ticket.SenderNonce);
        Assert.Equal(batch.SenderParams[0].Signature, winner.Signature);
        Assert.Equal(p.RecipientRandHash, RecipientRand.HashOf(winner.RecipientRand));
        Assert.True(winner.Ticket.IsSignedBySender(winner.Signature));
        Assert.True(winner.Ticket.IsWinning(winner.Signature, winner.RecipientRand));
        Assert.Equal(232, winner.Ticket.Flatten().Length);
    }

    [Fact]
    public void Invalid_signature_tickets_are_never_winners()
    {
        var p = AlwaysWinningParams();
        var batch = Sign(p, 1, 1);
        var sig = (byte[])batch.SenderParams[0].Signature.Clone();
        sig[5] ^= 0x80;
        var receipt = Receive(batch with { SenderParams = [new TicketSenderParams(1, sig)] }, new InMemorySenderNonceStore());
        Assert.Equal("invalid ticket signature", receipt.Error);
        Assert.Empty(receipt.Winners);
    }

    [Fact]
    public void Reject_reports_a_fatal_sender_info_failure()
    {
        var error = PmErrors.SenderInfoUnavailable(SenderKey.Address, "rpc timeout");
        Assert.Equal("could not get sender info for 0x96216849c49358B10257cb55b28eA603c874b05E: rpc timeout", error);
        AssertFatal(TicketReceiver.Reject(Batch, error), error);
    }

    public static TheoryData<int> VectorCases => PmTicketVectors.CaseIndexes();

    [Theory]
    [MemberData(nameof(VectorCases))]
    public void Vector_tickets_are_received_and_win_as_the_vector_says(int index)
    {
        var c = PmTicketVectors.Cases[index];
        var p = c.Params();
        var batch = new TicketBatch(p, c.SenderAddress(), c.Expiration(),
            c.Tickets.Select(t => new TicketSenderParams(t.Nonce(), Convert.FromHexString(t.Sig))).ToArray());
        var nonces = new InMemorySenderNonceStore();
        var receipt = TicketReceiver.Receive(batch, p.Recipient, c.Secret(), FundedSender, 4_999_999, 1000, nonces);
        Assert.True(receipt.Succeeded, receipt.Error);
        Assert.Equal(c.RecipientRand, receipt.RecipientRand.ToHex());
        Assert.Equal(c.Tickets.Select(t => t.Wins), receipt.Outcomes.Select(o => o.Won));
        Assert.Equal(c.Tickets.Count(t => t.Wins), receipt.Winners.Count);
        Assert.Equal(p.ExpectedValue * new BigRational(4), receipt.Credit);
    }

    private static void AssertFatal(TicketReceipt receipt, string error)
    {
        Assert.Equal(error, receipt.Error);
        Assert.True(receipt.IsFatal);
        var only = Assert.Single(receipt.Outcomes);
        Assert.True(only.IsFatal);
        Assert.False(only.Accepted);
        Assert.Equal(BigRational.Zero, receipt.Credit);
        Assert.Empty(receipt.Winners);
    }
}
