using System.Numerics;
using Livepeer.Chain.Rlp;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Transactions;

/// <summary>A signed transaction: the raw bytes for eth_sendRawTransaction, its hash, and sender recovery.</summary>
public sealed class SignedTransaction
{
    private readonly byte[] _raw;

    internal SignedTransaction(EthTransaction transaction, TransactionSignature signature, byte[] raw)
    {
        Transaction = transaction;
        Signature = signature;
        _raw = raw;
        Hash = Hash32.Keccak(raw);
    }

    public EthTransaction Transaction { get; }

    public TransactionSignature Signature { get; }

    public ReadOnlyMemory<byte> RawBytes => _raw;

    /// <summary>keccak256 of the raw bytes: the transaction hash nodes report.</summary>
    public Hash32 Hash { get; }

    /// <summary>"0x" + lower-case hex of the raw bytes (the eth_sendRawTransaction parameter).</summary>
    public string ToHex() => "0x" + Convert.ToHexStringLower(_raw);

    /// <summary>The address whose key signed this transaction; fails for a high-s or unrecoverable signature.</summary>
    public EthAddress RecoverSender()
    {
        Span<byte> hash = stackalloc byte[Hash32.Length];
        Transaction.SigningHash().CopyTo(hash);
        var check = SignatureVerifier.RecoverDigest(hash, Signature.ToRsv());
        return check.IsValid ? check.Signer : throw new TransactionFormatException($"cannot recover the sender of transaction {Hash}: {check.Error}");
    }

    /// <summary>Decodes a raw legacy or EIP-1559 transaction (canonical encodings only).</summary>
    public static SignedTransaction Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            throw new TransactionFormatException("a raw transaction cannot be empty");
        }
        try
        {
            var decoded = raw[0] switch
            {
                >= 0xc0 => DecodeLegacy(raw),
                Eip1559Transaction.Type => Decode1559(raw),
                0x01 => throw new TransactionFormatException("EIP-2930 (type 0x01) transactions are not supported"),
                _ => throw new TransactionFormatException($"unknown transaction type 0x{raw[0]:x2}"),
            };
            if (!decoded.RawBytes.Span.SequenceEqual(raw))
            {
                throw new TransactionFormatException("the transaction is not in canonical form (re-encoding it gives different bytes)");
            }
            return decoded;
        }
        catch (RlpException e)
        {
            throw new TransactionFormatException($"malformed raw transaction: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new TransactionFormatException($"invalid transaction field: {e.Message}", e);
        }
    }

    private static SignedTransaction DecodeLegacy(ReadOnlySpan<byte> raw)
    {
        var fields = RlpCodec.Decode(raw).ListOf("legacy transaction");
        if (fields.Count != 9)
        {
            throw new TransactionFormatException($"a signed legacy transaction has 9 fields, got {fields.Count}");
        }
        var nonce = fields[0].ToUInt64("nonce");
        var gasPrice = fields[1].ToUInt("gasPrice");
        var gas = fields[2].ToUInt64("gas");
        var to = fields[3].ToAddressOrNull("to");
        var value = fields[4].ToUInt("value");
        var data = fields[5].StringOf("data").ToArray();
        var v = fields[6].ToUInt("v");
        long? chainId;
        int parity;
        if (v == 27 || v == 28)
        {
            chainId = null;
            parity = (int)(v - 27);
        }
        else if (v >= 37)
        {
            var id = (v - 35) / 2;
            if (id > long.MaxValue)
            {
                throw new TransactionFormatException($"v = {v} implies a chain id above 2^63");
            }
            chainId = (long)id;
            parity = (int)((v - 35) % 2);
        }
        else
        {
            throw new TransactionFormatException($"legacy transaction v = {v} is neither 27/28 nor EIP-155 (35 + 2·chainId + parity, chainId ≥ 1)");
        }
        var transaction = new LegacyTransaction(nonce, gasPrice, gas, to, value, data, chainId);
        var signature = ReadSignature(parity, fields[7], fields[8]);
        return new SignedTransaction(transaction, signature, transaction.EncodeSigned(signature));
    }

    private static SignedTransaction Decode1559(ReadOnlySpan<byte> raw)
    {
        var fields = RlpCodec.Decode(raw[1..]).ListOf("EIP-1559 transaction");
        if (fields.Count != 12)
        {
            throw new TransactionFormatException($"a signed EIP-1559 transaction has 12 fields, got {fields.Count}");
        }
        var chainId = fields[0].ToUInt("chainId");
        if (chainId > long.MaxValue)
        {
            throw new TransactionFormatException($"chainId {chainId} is above 2^63");
        }
        var accessList = fields[8].ListOf("accessList").Select((entry, i) =>
        {
            var pair = entry.ListOf($"accessList[{i}]");
            if (pair.Count != 2)
            {
                throw new TransactionFormatException($"accessList[{i}] must be [address, storageKeys], got {pair.Count} items");
            }
            var address = pair[0].ToAddressOrNull($"accessList[{i}].address")
                ?? throw new TransactionFormatException($"accessList[{i}].address is empty");
            var keys = pair[1].ListOf($"accessList[{i}].storageKeys").Select((key, k) =>
            {
                var bytes = key.StringOf($"accessList[{i}].storageKeys[{k}]");
                return bytes.Length == Hash32.Length
                    ? new Hash32(bytes)
                    : throw new TransactionFormatException($"accessList[{i}].storageKeys[{k}] is {bytes.Length} bytes, not 32");
            }).ToArray();
            return new AccessListEntry(address, keys);
        }).ToArray();
        var parity = fields[9].ToUInt("yParity");
        if (parity > 1)
        {
            throw new TransactionFormatException($"yParity must be 0 or 1, got {parity}");
        }
        var transaction = new Eip1559Transaction(
            (long)chainId,
            fields[1].ToUInt64("nonce"),
            fields[2].ToUInt("maxPriorityFeePerGas"),
            fields[3].ToUInt("maxFeePerGas"),
            fields[4].ToUInt64("gas"),
            fields[5].ToAddressOrNull("to"),
            fields[6].ToUInt("value"),
            fields[7].StringOf("data").ToArray(),
            accessList);
        var signature = ReadSignature((int)parity, fields[10], fields[11]);
        return new SignedTransaction(transaction, signature, transaction.EncodeSigned(signature));
    }

    private static TransactionSignature ReadSignature(int parity, RlpItem r, RlpItem s)
    {
        BigInteger rValue = r.ToUInt("r");
        BigInteger sValue = s.ToUInt("s");
        try
        {
            return new TransactionSignature(parity, rValue, sValue);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new TransactionFormatException($"invalid transaction signature: {e.Message}", e);
        }
    }
}
