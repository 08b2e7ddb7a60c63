using System.Numerics;
using System.Text;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Tests.Tickets;

// Every value of every case of shared/vectors/pm-tickets.json (computed with ethers + node crypto).
public sealed class PmTicketVectorTests
{
    public static TheoryData<int> Cases => PmTicketVectors.CaseIndexes();

    public static TheoryData<int> InfoSigs => PmTicketVectors.AddressInfoSigIndexes();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Key_gives_the_sender_address(int index)
    {
        var c = PmTicketVectors.Cases[index];
        Assert.Equal(c.Sender, c.Key().Address.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Aux_data(int index)
    {
        var c = PmTicketVectors.Cases[index];
        Assert.Equal(c.AuxData, Convert.ToHexStringLower(c.Expiration().AuxData()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recipient_rand_hmac_input_rand_and_hash(int index)
    {
        var c = PmTicketVectors.Cases[index];
        var p = c.Params();
        var message = RecipientRand.Message(p.Seed, c.SenderAddress(), p.FaceValue, p.WinProb, p.ExpirationBlock, p.PricePerPixel, c.Expiration());
        Assert.Equal(c.RecipientRandHmacInput, Convert.ToHexStringLower(message));

        var rand = RecipientRand.Compute(c.Secret(), p, c.SenderAddress(), c.Expiration());
        Assert.Equal(c.RecipientRand, rand.ToHex());
        Assert.Equal(c.RecipientRandHash, RecipientRand.HashOf(rand).ToHex());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_ticket_encodes_hashes_signs_and_wins_as_the_vector_says(int index)
    {
        var c = PmTicketVectors.Cases[index];
        var key = c.Key();
        var rand = Hash32.Parse(c.RecipientRand);
        Assert.Equal(4, c.Tickets.Count);
        foreach (var t in c.Tickets)
        {
            var ticket = Ticket.Create(c.Params(), c.SenderAddress(), c.Expiration(), t.Nonce());
            Assert.Equal(t.Flat, Convert.ToHexStringLower(ticket.Flatten()));
            var hash = ticket.Hash();
            Assert.Equal(t.TicketHash, hash.ToHex());
            Assert.Equal(t.PersonalSignDigest, Convert.ToHexStringLower(Eip191.Digest(hash.ToArray())));

            var sig = ticket.Sign(key);
            Assert.Equal(t.Sig, Convert.ToHexStringLower(sig));
            Assert.True(ticket.IsSignedBySender(sig));

            Assert.Equal(t.WinHash, TicketMath.WinHash(sig, rand).ToHex());
            Assert.Equal(t.Wins, ticket.IsWinning(sig, rand));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Batch_signing_matches_single_ticket_signing(int index)
    {
        var c = PmTicketVectors.Cases[index];
        var batch = TicketBatch.Sign(c.Params(), c.Expiration(), c.Key(), c.Tickets[0].Nonce(), 3);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(c.Tickets[i].Nonce(), batch.SenderParams[i].SenderNonce);
            Assert.Equal(c.Tickets[i].Sig, Convert.ToHexStringLower(batch.SenderParams[i].Signature));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ticket_ev_and_win_prob(int index)
    {
        var c = PmTicketVectors.Cases[index];
        var p = c.Params();
        var ev = p.ExpectedValue;
        Assert.Equal(new BigRational(p.FaceValue * p.WinProb, PmConstants.MaxWinProb), ev);
        var targetEV = BigInteger.Parse(c.TicketEV);
        if (p.WinProb == PmConstants.MaxWinProb)
        {
            // The always-winning case: the ticket is worth its face value.
            Assert.Equal(new BigRational(p.FaceValue), ev);
        }
        else
        {
            // winProb was derived from the configured EV by rounding up, so EV lands a hair above it.
            Assert.Equal(p.WinProb, TicketMath.WinProbFor(p.FaceValue, targetEV));
            Assert.True(ev >= new BigRational(targetEV));
            Assert.Equal(targetEV, ev.Floor());
        }
    }

    [Theory]
    [MemberData(nameof(InfoSigs))]
    public void Address_info_signature(int index)
    {
        var v = PmTicketVectors.AddressInfoSigs[index];
        var c = PmTicketVectors.Cases.Single(x => x.Sender == v.Sender);
        var key = c.Key();
        Assert.Equal(v.SenderLower, key.Address.ToLowerHex());
        var message = Encoding.ASCII.GetBytes(key.Address.ToString());
        Assert.Equal(v.KeccakOfChecksumString, Convert.ToHexStringLower(Keccak256.Hash(message)));
        Assert.Equal(v.Sig, Convert.ToHexStringLower(key.SignHashed(message)));
    }
}
