using System.Numerics;
using CsCheck;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.Chain.Rlp;
using Livepeer.Chain.Tests.Support;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Transactions;

public sealed class TransactionTests
{
    private static readonly BigInteger Eth = BigInteger.Pow(10, 18);
    private static readonly EthKey Eip155Key = EthKey.FromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
    private static readonly EthAddress To35 = EthAddress.Parse("0x3535353535353535353535353535353535353535");

    // The example of EIP-155 itself.
    private static readonly LegacyTransaction Eip155Example = new(
        Nonce: 9, GasPrice: 20_000_000_000, GasLimit: 21_000, To: To35, Value: Eth, Data: ReadOnlyMemory<byte>.Empty, ChainId: 1);

    private const string Eip155SignedRaw =
        "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    [Fact]
    public void Eip155_example_signing_payload_and_hash()
    {
        Assert.Equal("ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080",
            Hex.Of(Eip155Example.SigningPayload()));
        Assert.Equal("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53", Eip155Example.SigningHash().ToString());
    }

    [Fact]
    public void Eip155_example_signs_to_the_known_raw_transaction()
    {
        var signed = Eip155Example.Sign(Eip155Key);

        Assert.Equal(Eip155SignedRaw, Hex.Of(signed.RawBytes.Span));
        Assert.Equal("0x" + Eip155SignedRaw, signed.ToHex());
        Assert.Equal(37, Eip155Example.V(signed.Signature.YParity));
        Assert.Equal(BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846"), signed.Signature.R);
        Assert.Equal(BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531"), signed.Signature.S);
        Assert.Equal(Hash32.Keccak(Hex.Bytes(Eip155SignedRaw)), signed.Hash);
        Assert.Equal(Eip155Key.Address, signed.RecoverSender());
    }

    [Fact]
    public void Eip155_raw_transaction_decodes_to_its_fields_and_sender()
    {
        var decoded = SignedTransaction.Decode(Hex.Bytes(Eip155SignedRaw));
        var tx = Assert.IsType<LegacyTransaction>(decoded.Transaction);
        Assert.Equal(9UL, tx.Nonce);
        Assert.Equal(new BigInteger(20_000_000_000), tx.GasPrice);
        Assert.Equal(21_000UL, tx.GasLimit);
        Assert.Equal(To35, tx.To);
        Assert.Equal(Eth, tx.Value);
        Assert.Equal(1, tx.ChainId);
        Assert.True(tx.Data.IsEmpty);
        Assert.Equal(Eip155Key.Address, decoded.RecoverSender());
    }

    [Fact]
    public void Eip1559_redeem_transaction_round_trips_and_recovers_the_signer()
    {
        var key = EthKey.Generate();
        var tx = new Eip1559Transaction(
            ChainId: 42161,
            Nonce: 17,
            MaxPriorityFeePerGas: 0,
            MaxFeePerGas: 100_000_000,
            GasLimit: 350_000,
            To: EthAddress.Parse("0xa8bB618B1520E284046F3dFc448851A1Ff26e41B"),
            Value: 0,
            Data: LivepeerAbi.EncodeFundDepositAndReserve(Eth, Eth / 2),
            AccessList: [new AccessListEntry(To35, [Hash32.Zero, Hash32.FromUInt256(7)])]);

        var signed = tx.Sign(key);
        Assert.Equal(0x02, signed.RawBytes.Span[0]);
        Assert.Equal(key.Address, signed.RecoverSender());

        var decoded = SignedTransaction.Decode(signed.RawBytes.Span);
        var back = Assert.IsType<Eip1559Transaction>(decoded.Transaction);
        Assert.Equal(42161, back.ChainId);
        Assert.Equal(17UL, back.Nonce);
        Assert.Equal(new BigInteger(100_000_000), back.MaxFeePerGas);
        Assert.Equal(tx.Data.ToArray(), back.Data.ToArray());
        Assert.Equal(To35, back.AccessList.Single().Address);
        Assert.Equal(Hash32.FromUInt256(7), back.AccessList.Single().StorageKeys[1]);
        Assert.Equal(signed.Hash, decoded.Hash);
        Assert.Equal(key.Address, decoded.RecoverSender());
    }

    [Fact]
    public void Random_transactions_of_both_types_recover_their_signer()
    {
        var key = EthKey.Generate();
        Gen.Select(Gen.ULong, Gen.ULong[0, 30_000_000], Gen.Byte.Array[0, 300], Gen.Bool, Gen.Long[1, long.MaxValue]).Sample((nonce, gas, data, legacy, chainId) =>
        {
            EthTransaction tx = legacy
                ? new LegacyTransaction(nonce, 1_000_000_000, gas, To35, 5, data, chainId)
                : new Eip1559Transaction(chainId, nonce, 1, 2_000_000_000, gas, null, 0, data);
            var signed = tx.Sign(key);
            var decoded = SignedTransaction.Decode(signed.RawBytes.Span);
            Assert.Equal(key.Address, decoded.RecoverSender());
            Assert.Equal(signed.Hash, decoded.Hash);
            Assert.Equal(tx.SigningHash(), decoded.Transaction.SigningHash());
        }, iter: 100);
    }

    [Fact]
    public void Pre_eip155_legacy_transactions_use_v_27_or_28()
    {
        var key = EthKey.Generate();
        var signed = (Eip155Example with { ChainId = null }).Sign(key);
        var fields = RlpCodec.Decode(signed.RawBytes.Span).Items;
        Assert.Contains(fields[6].ToUInt("v"), new BigInteger[] { 27, 28 });
        var decoded = SignedTransaction.Decode(signed.RawBytes.Span);
        Assert.Null(((LegacyTransaction)decoded.Transaction).ChainId);
        Assert.Equal(key.Address, decoded.RecoverSender());
    }

    [Theory]
    [InlineData("", "cannot be empty")]
    [InlineData("01c0", "EIP-2930 (type 0x01) transactions are not supported")]
    [InlineData("05c0", "unknown transaction type 0x05")]
    [InlineData("c3010203", "a signed legacy transaction has 9 fields, got 3")]
    [InlineData("02c3010203", "a signed EIP-1559 transaction has 12 fields, got 3")]
    [InlineData("c9808080808080238080", "legacy transaction v = 35 is neither")]
    [InlineData("c9808080808080018080", "legacy transaction v = 1 is neither")]
    [InlineData("c98080808080801b8080", "invalid transaction signature: signature r must be in 1..n-1")]
    [InlineData("cb80808080808082001b8080", "v: non-canonical integer 0x001b")]
    [InlineData("c9008080808080258080", "nonce: non-canonical integer 0x00")]
    [InlineData("0283646f67", "EIP-1559 transaction: expected an RLP list")]
    [InlineData("dc80808093010203040506070809101112131415161718198080258080", "to: an address is 20 bytes (or empty), got 19")]
    public void Malformed_raw_transactions_are_refused_with_the_reason(string hex, string reason)
    {
        var error = Assert.Throws<TransactionFormatException>(() => SignedTransaction.Decode(Hex.Bytes(hex)));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void High_s_signatures_are_refused_on_recovery()
    {
        var signed = Eip155Example.Sign(Eip155Key);
        var highS = new TransactionSignature(1 - signed.Signature.YParity, signed.Signature.R, TransactionSignature.CurveOrder - signed.Signature.S);
        var raw = Eip155Example.EncodeSigned(highS);
        var decoded = SignedTransaction.Decode(raw);
        var error = Assert.Throws<TransactionFormatException>(() => decoded.RecoverSender());
        Assert.Contains("signature s value too high", error.Message);
    }

    [Fact]
    public void Field_ranges_are_checked_when_building()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Eip155Example with { Value = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Eip155Example with { GasPrice = BigInteger.One << 256 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Eip155Example with { ChainId = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Eip1559Transaction(0, 0, 0, 0, 0, null, 0, default));
    }
}
