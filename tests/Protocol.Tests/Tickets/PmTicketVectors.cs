using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;
using Livepeer.TestSupport;

namespace Livepeer.Protocol.Tests.Tickets;

/// <summary>shared/vectors/pm-tickets.json, parsed once.</summary>
public static class PmTicketVectors
{
    private static readonly Lazy<VectorFile> FileLazy = new(Load);

    public static IReadOnlyList<VectorCase> Cases => FileLazy.Value.Cases;

    public static IReadOnlyList<AddressInfoSigVector> AddressInfoSigs => FileLazy.Value.AddressInfoSig;

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Cases.Count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    public static TheoryData<int> AddressInfoSigIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < AddressInfoSigs.Count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    private static VectorFile Load()
    {
        var path = Path.Combine(RepoPaths.Vectors, "pm-tickets.json");
        var file = JsonSerializer.Deserialize<VectorFile>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException($"{path} is empty");
        if (file.Cases.Count == 0 || file.AddressInfoSig.Count == 0)
        {
            throw new InvalidDataException($"{path} has no cases");
        }
        return file;
    }

    public sealed record VectorFile(List<VectorCase> Cases, List<AddressInfoSigVector> AddressInfoSig);

    public sealed record VectorCase(
        string SenderPrivateKey,
        string Sender,
        string Recipient,
        string FaceValue,
        string WinProb,
        string TicketEV,
        string CreationRound,
        string CreationRoundBlockHash,
        string ExpirationBlock,
        string PriceNumerator,
        string PriceDenominator,
        string Seed,
        string OrchestratorSecret,
        string AuxData,
        string RecipientRandHmacInput,
        string RecipientRand,
        string RecipientRandHash,
        List<TicketVector> Tickets)
    {
        public EthKey Key() => EthKey.FromHex(SenderPrivateKey);

        public EthAddress SenderAddress() => EthAddress.Parse(Sender);

        public byte[] Secret() => Convert.FromHexString(OrchestratorSecret);

        public TicketExpirationParams Expiration() => new(long.Parse(CreationRound), Hash32.Parse(CreationRoundBlockHash));

        public TicketParams Params() => new(
            EthAddress.Parse(Recipient),
            BigInteger.Parse(FaceValue),
            BigInteger.Parse(WinProb),
            Hash32.Parse(RecipientRandHash),
            BigEndian.FromBytes(Convert.FromHexString(Seed)),
            BigInteger.Parse(ExpirationBlock),
            new BigRational(BigInteger.Parse(PriceNumerator), BigInteger.Parse(PriceDenominator)),
            Expiration());

        public override string ToString() => $"round {CreationRound}";
    }

    public sealed record TicketVector(
        string SenderNonce,
        string Flat,
        string TicketHash,
        string PersonalSignDigest,
        string Sig,
        string WinHash,
        bool Wins)
    {
        public uint Nonce() => uint.Parse(SenderNonce);
    }

    public sealed record AddressInfoSigVector(string Sender, string SenderLower, string KeccakOfChecksumString, string Sig);
}
