using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;

namespace Livepeer.Chain.Tests.Contracts;

// Every selector, event topic0 and Controller id in chain.md's tables (§1–§6), copied here as data,
// checked against what our keccak computes from the signature, and against LivepeerAbi's definitions.
public sealed class ChainSpecSelectorTableTests
{
    public static TheoryData<string, string> FunctionTable => new()
    {
        { "0x6caa736b", "fundDeposit()" },
        { "0x6f9c3c8f", "fundReserve()" },
        { "0x511f4073", "fundDepositAndReserve(uint256,uint256)" },
        { "0x989f789c", "fundDepositAndReserveFor(address,uint256,uint256)" },
        { "0xec8b3cb6", "redeemWinningTicket((address,address,uint256,uint256,uint256,bytes32,bytes),bytes,uint256)" },
        { "0xd01b808e", "batchRedeemWinningTickets((address,address,uint256,uint256,uint256,bytes32,bytes)[],bytes[],uint256[])" },
        { "0xa69df4b5", "unlock()" },
        { "0xc2c4c2c8", "cancelUnlock()" },
        { "0x3ccfd60b", "withdraw()" },
        { "0x121cdcc2", "isUnlockInProgress(address)" },
        { "0xe1a589da", "getSenderInfo(address)" },
        { "0x5b6333eb", "getReserveInfo(address)" },
        { "0x81779f38", "claimableReserve(address,address)" },
        { "0x4ac826da", "claimedReserve(address,address)" },
        { "0xb03fa864", "getTicketHash((address,address,uint256,uint256,uint256,bytes32,bytes))" },
        { "0x59a515ba", "usedTickets(bytes32)" },
        { "0x20d3a0b4", "unlockPeriod()" },
        { "0x856a2cf8", "ticketValidityPeriod()" },
        { "0x3d0ddf84", "setUnlockPeriod(uint256)" },
        { "0xc9297808", "setTicketValidityPeriod(uint256)" },
        { "0xf77c4791", "controller()" },
        { "0x51720b41", "targetContractId()" },
        { "0x92eefe9b", "setController(address)" },
        { "0x8a19c8bc", "currentRound()" },
        { "0x219bc76c", "currentRoundInitialized()" },
        { "0x8fa148f2", "currentRoundStartBlock()" },
        { "0x6841f253", "currentRoundLocked()" },
        { "0x8b649b94", "roundLength()" },
        { "0xf5b490d5", "roundLockAmount()" },
        { "0x8807f36e", "lastInitializedRound()" },
        { "0x0fe1dfa8", "lastRoundLengthUpdateRound()" },
        { "0x668abff7", "lastRoundLengthUpdateStartBlock()" },
        { "0x8ae63d6d", "blockNum()" },
        { "0x85df51fd", "blockHash(uint256)" },
        { "0x3aa4add4", "blockHashForRound(uint256)" },
        { "0xd4807fb2", "initializeRound()" },
        { "0x1e6d4c22", "lipUpgradeRound(uint256)" },
        { "0x13013e7a", "setLIPUpgradeRound(uint256,uint256)" },
        { "0x681312f5", "setRoundLength(uint256)" },
        { "0x0b1573b8", "setRoundLockAmount(uint256)" },
        { "0x08802374", "isActiveTranscoder(address)" },
        { "0x68ba170c", "isRegisteredTranscoder(address)" },
        { "0x2a4e0d55", "getTranscoderPoolSize()" },
        { "0x5a2a75a9", "getTranscoderPoolMaxSize()" },
        { "0x88a6c749", "getFirstTranscoderInPool()" },
        { "0x235c9603", "getNextTranscoderInPool(address)" },
        { "0x9ef9df94", "transcoderTotalStake(address)" },
        { "0x8b2f1652", "transcoderStatus(address)" },
        { "0x5dce9948", "getTranscoder(address)" },
        { "0xa64ad595", "getDelegator(address)" },
        { "0x412f83b6", "getDelegatorUnbondingLock(address,uint256)" },
        { "0x1544fc67", "delegatorStatus(address)" },
        { "0x24454fc4", "getTranscoderEarningsPoolForRound(address,uint256)" },
        { "0x5c50c356", "getTotalBonded()" },
        { "0x4196ee75", "currentRoundTotalActiveStake()" },
        { "0x465501d3", "nextRoundTotalActiveStake()" },
        { "0x9d0b2c7a", "pendingStake(address,uint256)" },
        { "0xf595f1cc", "pendingFees(address,uint256)" },
        { "0x6cf6d675", "unbondingPeriod()" },
        { "0xb78d27dc", "bond(uint256,address)" },
        { "0x6bd9add4", "bondWithHint(uint256,address,address,address,address,address)" },
        { "0xee4e804a", "bondForWithHint(uint256,address,address,address,address,address,address)" },
        { "0x27de9e32", "unbond(uint256)" },
        { "0x9500ed9b", "unbondWithHint(uint256,address,address)" },
        { "0xeaffb3f9", "rebond(uint256)" },
        { "0x3a080e93", "rebondFromUnbonded(address,uint256)" },
        { "0x25d5971f", "withdrawStake(uint256)" },
        { "0xad3b1b47", "withdrawFees(address,uint256)" },
        { "0x24b1babf", "claimEarnings(uint256)" },
        { "0x228cb733", "reward()" },
        { "0x81871056", "rewardWithHint(address,address)" },
        { "0x43d3461a", "transcoder(uint256,uint256)" },
        { "0x3550aa10", "transcoderWithHint(uint256,uint256,address,address)" },
        { "0x3aeb512c", "updateTranscoderWithFees(address,uint256,uint256)" },
        { "0x5f11301b", "setServiceURI(string)" },
        { "0x214c2a4b", "getServiceURI(address)" },
        { "0xe16c7d98", "getContract(bytes32)" },
        { "0x613e2de2", "getContractInfo(bytes32)" },
        { "0xd737c2b0", "setContractInfo(bytes32,address,bytes20)" },
        { "0x5c975abb", "paused()" },
        { "0x8da5cb5b", "owner()" },
        { "0xf6326fb3", "depositETH()" },
        { "0x20283da9", "trustedWithdrawETH(address,uint256)" },
        { "0x9ae6309a", "currentMintableTokens()" },
        { "0x2de22cdb", "currentMintedTokens()" },
    };

    public static TheoryData<string, string> EventTable => new()
    {
        { "0x5159e237d952190e68d5215430f305831be7c9c8776d1377c76679ae4773413f", "DepositFunded(address,uint256)" },
        { "0xb52b99b9e83551fcbd069b559cc3e823e2a1a3bad8ece46561ea77524394c850", "ReserveFunded(address,uint256)" },
        { "0x5c2b394723f408a40a60335e24b71829642e35f350cebe2036a96a66e895ea98", "ReserveClaimed(address,address,uint256)" },
        { "0xc389eb51ed006dbf2528507f010efdf5225ea596e1e1741d74f550dab1925ee7", "WinningTicketRedeemed(address,address,uint256,uint256,uint256,uint256,bytes)" },
        { "0x8b87351a208c06e3ceee59d80725fd77a23b4129e1b51ca231fc89b40712649c", "WinningTicketTransfer(address,address,uint256)" },
        { "0xf7870c5b224cbc19873599e46ccfc7103934650509b1af0c3ce90138377c2004", "Unlock(address,uint256,uint256)" },
        { "0xfa044b7b93a40365dc68049797c2eb06918523d694e5d56e406cac3eb35578e5", "UnlockCancelled(address)" },
        { "0xdf273cb619d95419a9cd0ec88123a0538c85064229baa6363788f743fff90deb", "Withdrawal(address,uint256,uint256)" },
        { "0x9f5033568d78ae30f29f01e944f97b2216493bd19d1b46d429673acff3dcd674", "ParameterUpdate(string)" },
        { "0x4ff638452bbf33c012645d18ae6f05515ff5f2d1dfb0cece8cbf018c60903f70", "SetController(address)" },
        { "0xfbb63068732c85741c9f8e61caffaabe038d577bfafd2d2dcc0e352a4f653a4c", "ServiceURIUpdate(address indexed addr, string serviceURI)" },
        { "0xf9a6cf519167d81bc5cb3d26c60c0c9a19704aa908c148e82a861b570f4cd2d7", "SetContractInfo(bytes32,address,bytes20)" },
        { "0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625", "Pause()" },
        { "0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33", "Unpause()" },
        { "0x22f2fc17c5daf07db2379b3a03a8ef20a183f761097a58fce219c8a14619e786", "NewRound(uint256 indexed round, bytes32 blockHash)" },
        { "0xa2b5357eea32aeb35142ba36b087f9fe674f34f8b57ce94d30e9f4f572195bcf", "NewRound(uint256)" },
        { "0x619caafabdd75649b302ba8419e48cccf64f37f1983ac4727cfb38b57703ffc9", "Reward(address indexed transcoder, uint256 amount)" },
        { "0x7346854431dbb3eb8e373c604abf89e90f4865b8447e1e2834d7b3e4677bf544", "TranscoderUpdate(address indexed, uint256 rewardCut, uint256 feeShare)" },
        { "0x65d72d782835d64c3287844a829608d5abdc7e864cc9affe96d910ab3db665e9", "TranscoderActivated(address indexed, uint256 activationRound)" },
        { "0xfee3e693fc72d0a0a673805f3e606c551f4c677b9072444b90dd2d0406bc995c", "TranscoderDeactivated(address indexed, uint256 deactivationRound)" },
        { "0xe5917769f276ddca9f2ee7c6b0b33e1d1e1b61008010ce622c632dd20d168a23", "Bond(address indexed newDelegate, address indexed oldDelegate, address indexed delegator, uint256 additionalAmount, uint256 bondedAmount)" },
        { "0x2d5d98d189bee5496a08db2a5948cb7e5e786f09d17d0c3f228eb41776c24a06", "Unbond(address indexed delegate, address indexed delegator, uint256 unbondingLockId, uint256 amount, uint256 withdrawRound)" },
        { "0x9f5b64cc71e1e26ff178caaa7877a04d8ce66fde989251870e80e6fbee690c17", "Rebond(address indexed, address indexed, uint256, uint256)" },
        { "0x1340f1a8f3d456a649e1a12071dfa15655e3d09252131d0f980c3b405cc8dd2e", "WithdrawStake(address indexed, uint256, uint256, uint256)" },
        { "0x4f1b51dd7a2fcb861aa2670f668be66835c4ee12b4bbbf037e4d0018f39819e4", "WithdrawFees(address indexed delegator, address recipient, uint256 amount)" },
        { "0xd7eab0765b772ea6ea859d5633baf737502198012e930f257f90013d9b211094", "EarningsClaimed(address indexed, address indexed, uint256 rewards, uint256 fees, uint256 startRound, uint256 endRound)" },
        { "0xf136b986590e86cf1abd7b6600186a7a1178ad3cbbdf0f3312e79f6214a2a567", "TransferBond(address indexed, address indexed, uint256, uint256, uint256)" },
        { "0x40e200718fe552021167687e5491d09f5931275b6f88f14a462650f0effb5237", "TreasuryReward(address indexed, address, uint256)" },
        { "0xf4b71fed8e2c9a8c67c388bc6d35ad20b9368a24eed6d565459f2b277b6c0c22", "TranscoderSlashed(address indexed, address, uint256, uint256)" },
    };

    public static TheoryData<string, string> ContractIdTable => new()
    {
        { "Controller", "0x7c20e2bbcd91c5aaa7898ba022ab8867ac32d84e959c236484db066900aa363a" },
        { "TicketBroker", "0xbd1aa3e8d2464256d7fd3dcf645c16418d5d8c51d971f1ad7d57e7b1b5eee239" },
        { "RoundsManager", "0xe8438ea868df48e3fc21f2f087b993c9b1837dc0f6135064161ce7d7a1701fe8" },
        { "BondingManager", "0x2517d59a36a86548e38734e8ab416f42afff4bca78706a66ad65750dae7f9e37" },
        { "ServiceRegistry", "0x79c5d2a4a07754f4bacb0ffba18ac516030ee589ebc89db8627680c4d4cdb230" },
        { "Minter", "0x6e58ad548d72b425ea94c15f453bf26caddb061d82b2551db7fdd3cefe0e9940" },
        { "LivepeerToken", "0x3443e257065fe41dd0e4d1f5a1b73a22a62e300962b57f30cddf41d0f8273ba7" },
        { "JobsManager", "0x3d7456535a3155a46f15a2313c3915bd07137ffdc56464f4fc9a82bae7215c2d" },
        { "TicketBrokerTarget", "0xf16f832ef171c8058cbd4a32de7d27c32a1a1ad90bb091b4b7f376f1d95ee254" },
        { "RoundsManagerTarget", "0x56f65aba3e3e5b6d5adbc6cdc14c51957893b21d4a6a56260af4e03af7e1a51d" },
        { "BondingManagerTarget", "0xfc6f6f33d2bb065ac61cbdd4dbe4b7adf6f3e7e6c6a3d1fe297cbf9a187092e4" },
        { "ServiceRegistryTarget", "0xa65c3dc1a85422ba3e6003be871c3339b882a9c28fc454085d394e4b6436d564" },
        { "Treasury", "0x6efca2866b731ee4984990bacad4cde10f1ef764fb54a5206bdfd291695b1a9b" },
        { "BondingVotes", "0x2a1b465fbcae519904f0fb11f93e73dfbeb47ec54530ec444279610af8cf06b2" },
        { "L2Migrator", "0x74b6d21e0d4650f622c903126d418c1a52bcc99ea7acb0db0809fc0eeae6c7c3" },
        { "AIServiceRegistry", "0x708d071449926f2d3af17f15cb9f54ed8b3886a1ef57c3059438aa0ca4d710d0" },
    };

    [Theory]
    [MemberData(nameof(FunctionTable))]
    public void Function_selector_matches_the_signature(string selector, string signature)
    {
        var function = AbiFunction.Parse(signature);
        Assert.Equal(signature, function.Signature);
        Assert.Equal(selector, function.Selector.ToString());
        Assert.Equal(selector, FunctionSelector.FromSignature(signature).ToString());
    }

    [Theory]
    [MemberData(nameof(EventTable))]
    public void Event_topic0_matches_the_signature(string topic0, string signature)
    {
        Assert.Equal(topic0, AbiEvent.Parse(signature).Topic0.ToString());
    }

    [Theory]
    [MemberData(nameof(ContractIdTable))]
    public void Controller_id_is_keccak_of_the_name(string name, string id)
    {
        Assert.Equal(id, LivepeerAbi.ContractId(name).ToString());
    }

    [Fact]
    public void Every_LivepeerAbi_function_is_in_the_table_with_the_same_selector()
    {
        var table = FunctionTable.ToDictionary(row => (string)row[1], row => (string)row[0]);
        foreach (var function in LivepeerAbi.Functions)
        {
            Assert.True(table.TryGetValue(function.Signature, out var selector), $"{function.Signature} is not in chain.md");
            Assert.Equal(selector, function.Selector.ToString());
        }
        Assert.Equal(LivepeerAbi.Functions.Count, LivepeerAbi.Functions.Select(f => f.Selector).Distinct().Count());
    }

    [Fact]
    public void Every_LivepeerAbi_event_is_in_the_table_with_the_same_topic0_and_indexed_count()
    {
        var table = EventTable.Select(row => AbiEvent.Parse((string)row[1])).ToDictionary(e => e.Topic0);
        foreach (var e in LivepeerAbi.Events)
        {
            Assert.True(table.TryGetValue(e.Topic0, out var specified), $"{e.Signature} is not in chain.md");
            Assert.Equal(specified.Signature, e.Signature);
            if (specified.IndexedCount > 0)
            {
                // Rows written with "indexed" pin which parameters go into topics.
                Assert.Equal(specified.Parameters.Select(p => p.Indexed), e.Parameters.Select(p => p.Indexed));
            }
        }
    }

    // The "indexed" column of chain.md §2.3 and the Controller row of §6 ("no indexed fields").
    [Theory]
    [InlineData("DepositFunded", 1)]
    [InlineData("ReserveFunded", 1)]
    [InlineData("ReserveClaimed", 1)]
    [InlineData("WinningTicketRedeemed", 2)]
    [InlineData("WinningTicketTransfer", 2)]
    [InlineData("Unlock", 1)]
    [InlineData("UnlockCancelled", 1)]
    [InlineData("Withdrawal", 1)]
    [InlineData("ParameterUpdate", 0)]
    [InlineData("NewRound", 1)]
    [InlineData("ServiceURIUpdate", 1)]
    [InlineData("SetContractInfo", 0)]
    public void LivepeerAbi_events_index_the_leading_parameters_the_spec_lists(string name, int indexed)
    {
        var e = LivepeerAbi.Events.Single(e => e.Name == name);
        Assert.Equal(indexed, e.IndexedCount);
        Assert.All(e.Parameters.Take(indexed), p => Assert.True(p.Indexed));
    }
}
