using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Livepeer.Chain.Abi;
using Livepeer.Chain.Keystore;
using Livepeer.Chain.Tests.Abi;
using Livepeer.Chain.Tests.Support;
using Livepeer.Chain.Transactions;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Tests.Node;

// Our codecs against ethers 6 (tools/node), run through the scripts beside this file.
public sealed class EthersInteropTests
{
    private static readonly byte[] PrivateKey = Hex.Bytes("6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1");

    [Fact]
    public void Ethers_opens_a_keystore_we_wrote()
    {
        const string password = "interop password 1";
        var json = Web3Keystore.Encrypt(PrivateKey, password, KeystoreScryptOptions.Light);

        var output = JsonNode.Parse(NodeScript.Run("keystore-decrypt.cjs", JsonSerializer.Serialize(new { json, password })))!;

        var expected = new EthKey(PrivateKey).Address;
        Assert.Equal(expected.ToString(), (string)output["address"]!);
        Assert.Equal("0x" + Hex.Of(PrivateKey), (string)output["privateKey"]!);
    }

    [Fact]
    public void We_open_a_keystore_ethers_wrote()
    {
        const string password = "interop password 2";
        var json = NodeScript.Run("keystore-encrypt.cjs", JsonSerializer.Serialize(new { privateKey = "0x" + Hex.Of(PrivateKey), password, n = 4096 }));

        Assert.Contains("\"Crypto\"", json);
        Assert.Equal(4096, (int)JsonNode.Parse(json)!["Crypto"]!["kdfparams"]!["n"]!);
        Assert.Equal(PrivateKey, Web3Keystore.DecryptPrivateKey(json, password));
        Assert.Equal(KeystoreException.WrongPassword, Assert.Throws<KeystoreException>(() => Web3Keystore.DecryptPrivateKey(json, "interop password")).Message);
    }

    [Fact]
    public void Ethers_encodes_random_parameter_lists_exactly_as_we_do()
    {
        var cases = AbiGen.Parameters(depth: 3).Array[150].Single();
        var input = new JsonArray([.. cases.Select(c => new JsonObject
        {
            ["types"] = new JsonArray([.. c.Types.Select(t => JsonValue.Create(t.CanonicalName))]),
            ["values"] = new JsonArray([.. c.Types.Zip(c.Values, ToJson)]),
        })]);

        var ethers = JsonSerializer.Deserialize<string[]>(NodeScript.Run("abi-encode.cjs", input.ToJsonString()))!;

        Assert.Equal(cases.Length, ethers.Length);
        for (int i = 0; i < cases.Length; i++)
        {
            var ours = "0x" + Hex.Of(AbiEncoder.EncodeParameters(cases[i].Types, cases[i].Values));
            Assert.True(ethers[i] == ours,
                $"case {i} ({string.Join(",", cases[i].Types.Select(t => t.CanonicalName))}) = {string.Join(", ", cases[i].Values.Select(v => v.ToString()))}\n ethers {ethers[i]}\n ours   {ours}");
        }
    }

    [Fact]
    public void Ethers_signs_the_same_raw_transactions()
    {
        var key = new EthKey(PrivateKey);
        var address = Gen.Byte.Array[20].Select(b => new EthAddress(b));
        var legacy = Gen.Select(Gen.Long[0, (1L << 53) - 1], Gen.ULong[21_000, 30_000_000], Gen.Byte.Array[0, 200], Gen.Long[1, 1L << 40], address, Gen.ULong)
            .Select((nonce, gas, data, chainId, to, value) => (EthTransaction)new LegacyTransaction((ulong)nonce, 1_000_000_007, gas, to, value, data, chainId));
        var dynamicFee = Gen.Select(Gen.Long[0, (1L << 53) - 1], Gen.ULong[21_000, 30_000_000], Gen.Byte.Array[0, 200], Gen.Long[1, 1L << 40], address, Gen.Byte.Array[32].Array[0, 2])
            .Select((nonce, gas, data, chainId, to, keys) => (EthTransaction)new Eip1559Transaction(
                chainId, (ulong)nonce, 1_500_000_000, 30_000_000_000, gas, to, 0, data,
                [new AccessListEntry(to, [.. keys.Select(k => new Hash32(k))])]));
        var txs = Gen.OneOf(legacy, dynamicFee).Array[40].Single();

        var input = new JsonObject
        {
            ["privateKey"] = "0x" + Hex.Of(PrivateKey),
            ["txs"] = new JsonArray([.. txs.Select(ToJson)]),
        };
        var ethers = JsonSerializer.Deserialize<string[]>(NodeScript.Run("tx-sign.cjs", input.ToJsonString()))!;

        for (int i = 0; i < txs.Length; i++)
        {
            var signed = txs[i].Sign(key);
            Assert.True(ethers[i] == signed.ToHex(), $"tx {i} {txs[i]}\n ethers {ethers[i]}\n ours   {signed.ToHex()}");
            Assert.Equal(key.Address, SignedTransaction.Decode(Hex.Bytes(ethers[i])).RecoverSender());
        }
    }

    private static JsonNode? ToJson(AbiType type, AbiValue value) => type switch
    {
        AbiIntegerType => JsonValue.Create(value.AsNumber().ToString(CultureInfo.InvariantCulture)),
        AbiAddressType => JsonValue.Create(value.AsAddress().ToLowerHex()),
        AbiBoolType => JsonValue.Create(value.AsBool()),
        AbiFixedBytesType or AbiBytesType => JsonValue.Create("0x" + Hex.Of(value.AsBytes().Span)),
        AbiStringType => JsonValue.Create(value.AsString()),
        AbiArrayType array => new JsonArray([.. value.AsList().Select(v => ToJson(array.Element, v))]),
        AbiFixedArrayType fixedArray => new JsonArray([.. value.AsList().Select(v => ToJson(fixedArray.Element, v))]),
        AbiTupleType tuple => new JsonArray([.. tuple.Components.Zip(value.AsList(), ToJson)]),
        _ => throw new ArgumentException($"no JSON form for {type}"),
    };

    private static JsonObject ToJson(EthTransaction tx)
    {
        var json = new JsonObject
        {
            ["type"] = tx.TypeByte,
            ["nonce"] = tx.Nonce.ToString(CultureInfo.InvariantCulture),
            ["gasLimit"] = tx.GasLimit.ToString(CultureInfo.InvariantCulture),
            ["to"] = tx.To?.ToLowerHex(),
            ["value"] = tx.Value.ToString(CultureInfo.InvariantCulture),
            ["data"] = "0x" + Hex.Of(tx.Data.Span),
        };
        switch (tx)
        {
            case LegacyTransaction legacy:
                json["chainId"] = legacy.ChainId!.Value.ToString(CultureInfo.InvariantCulture);
                json["gasPrice"] = legacy.GasPrice.ToString(CultureInfo.InvariantCulture);
                break;
            case Eip1559Transaction dynamicFee:
                json["chainId"] = dynamicFee.ChainId.ToString(CultureInfo.InvariantCulture);
                json["maxFeePerGas"] = dynamicFee.MaxFeePerGas.ToString(CultureInfo.InvariantCulture);
                json["maxPriorityFeePerGas"] = dynamicFee.MaxPriorityFeePerGas.ToString(CultureInfo.InvariantCulture);
                json["accessList"] = new JsonArray([.. dynamicFee.AccessList.Select(e => new JsonObject
                {
                    ["address"] = e.Address.ToLowerHex(),
                    ["storageKeys"] = new JsonArray([.. e.StorageKeys.Select(k => JsonValue.Create(k.ToString()))]),
                })]);
                break;
        }
        return json;
    }
}
