using System.Numerics;
using CsCheck;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;
using static Livepeer.Protocol.Tests.Payments.ReceiverFixture;

namespace Livepeer.Protocol.Tests.Payments;

public sealed class TicketPropertyTests
{
    private static readonly TicketBatch Valid = Sign(IssueParams(), 1, 1);

    [Fact]
    public void Sign_then_recover_gives_the_signer_for_any_key_and_message() =>
        Gen.Byte.Array[32].Where(k => Secp256k1.IsValidPrivateKey(k)).Select(Gen.Byte.Array[32]).Sample((privateKey, message) =>
        {
            var key = new EthKey(privateKey);
            var sig = key.SignPersonal(message);
            var check = SignatureVerifier.RecoverPersonal(message, sig);
            return sig.Length == 65 && sig[64] is 27 or 28 && !SignatureVerifier.IsHighS(sig.AsSpan(32, 32))
                && check.IsValid && check.Signer == key.Address;
        }, iter: 300);

    private const int FieldCount = 12;

    [Fact]
    public void Receiver_rejects_any_single_field_change()
    {
        Assert.True(Receive(Valid, new InMemorySenderNonceStore()).Succeeded);
        Gen.Int[0, FieldCount - 1].Select(Gen.Byte.Array[32], Gen.Int[0, 64], Gen.Byte[1, 255]).Sample((field, delta, index, flip) =>
        {
            delta[index % delta.Length] = flip; // a non-zero delta, so the field really changes
            var mutated = Mutate(Valid, field, delta, index, flip);
            var receipt = Receive(mutated, new InMemorySenderNonceStore());
            return receipt.Error is not null && !receipt.Outcomes[0].Accepted && !receipt.Outcomes[0].Credited
                && receipt.Credit == BigRational.Zero && receipt.Winners.Count == 0;
        }, iter: 1200);
    }

    [Fact]
    public void Every_field_mutation_is_a_real_change()
    {
        var delta = new byte[32];
        delta[3] = 1;
        for (int field = 0; field < FieldCount; field++)
        {
            Assert.NotEqual(Fingerprint(Valid), Fingerprint(Mutate(Valid, field, delta, 3, 1)));
        }
    }

    private static string Fingerprint(TicketBatch batch) =>
        $"{batch.Params}|{batch.Sender}|{batch.ExpirationParams}|{batch.SenderParams[0].SenderNonce}|{Convert.ToHexString(batch.SenderParams[0].Signature)}";

    private static TicketBatch Mutate(TicketBatch batch, int field, byte[] delta, int index, byte flip)
    {
        var p = batch.Params;
        var e = batch.ExpirationParams;
        var t = batch.SenderParams[0];
        return field switch
        {
            0 => batch with { Params = p with { Recipient = Xor(p.Recipient, delta) } },
            1 => batch with { Sender = Xor(batch.Sender, delta) },
            2 => batch with { Params = p with { FaceValue = p.FaceValue ^ Word(delta) } },
            3 => batch with { Params = p with { WinProb = p.WinProb ^ Word(delta) } },
            4 => batch with { SenderParams = [new TicketSenderParams(t.SenderNonce ^ ((uint)flip << (index % 25)), t.Signature)] },
            5 => batch with { Params = p with { RecipientRandHash = Xor(p.RecipientRandHash, delta) } },
            6 => batch with { ExpirationParams = e with { CreationRound = e.CreationRound ^ ((long)flip << (index % 56)) } },
            7 => batch with { ExpirationParams = e with { CreationRoundBlockHash = Xor(e.CreationRoundBlockHash, delta) } },
            8 => batch with { Params = p with { ExpirationBlock = p.ExpirationBlock ^ Word(delta) } },
            9 => batch with { Params = p with { PricePerPixel = p.PricePerPixel + new BigRational(flip, index + 1) } },
            10 => batch with { Params = p with { Seed = p.Seed ^ Word(delta) } },
            11 => batch with { SenderParams = [new TicketSenderParams(t.SenderNonce, FlipByte(t.Signature, index, flip))] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    private static BigInteger Word(byte[] bytes) => BigEndian.FromBytes(bytes);

    private static EthAddress Xor(EthAddress address, byte[] delta)
    {
        var bytes = address.ToBytes();
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= delta[i];
        }
        if (bytes.AsSpan().SequenceEqual(address.ToBytes()))
        {
            bytes[0] ^= 0x80; // the non-zero byte of delta sat beyond the 20 address bytes
        }
        return new EthAddress(bytes);
    }

    private static Hash32 Xor(Hash32 hash, byte[] delta)
    {
        var bytes = hash.ToArray();
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= delta[i];
        }
        return new Hash32(bytes);
    }

    private static byte[] FlipByte(byte[] signature, int index, byte flip)
    {
        var copy = (byte[])signature.Clone();
        copy[index] ^= flip;
        return copy;
    }
}
