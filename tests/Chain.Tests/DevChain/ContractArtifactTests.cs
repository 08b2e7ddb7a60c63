using Livepeer.Chain.Abi;
using Livepeer.Chain.Contracts.Abi;
using Livepeer.DevChain.Contracts;

namespace Livepeer.Chain.Tests.DevChain;

// The compiled doubles (contracts/out, embedded in Livepeer.DevChain) expose the mainnet ABI of chain.md §2–§6:
// same canonical signatures, hence the same selectors and topic0s.
public sealed class ContractArtifactTests
{
    public static TheoryData<string, string> MainnetFunctions => new()
    {
        // TicketBroker (§2.2)
        { "TicketBrokerDouble", "fundDeposit()" },
        { "TicketBrokerDouble", "fundReserve()" },
        { "TicketBrokerDouble", "fundDepositAndReserve(uint256,uint256)" },
        { "TicketBrokerDouble", "fundDepositAndReserveFor(address,uint256,uint256)" },
        { "TicketBrokerDouble", "redeemWinningTicket((address,address,uint256,uint256,uint256,bytes32,bytes),bytes,uint256)" },
        { "TicketBrokerDouble", "batchRedeemWinningTickets((address,address,uint256,uint256,uint256,bytes32,bytes)[],bytes[],uint256[])" },
        { "TicketBrokerDouble", "unlock()" },
        { "TicketBrokerDouble", "cancelUnlock()" },
        { "TicketBrokerDouble", "withdraw()" },
        { "TicketBrokerDouble", "isUnlockInProgress(address)" },
        { "TicketBrokerDouble", "getSenderInfo(address)" },
        { "TicketBrokerDouble", "getReserveInfo(address)" },
        { "TicketBrokerDouble", "claimableReserve(address,address)" },
        { "TicketBrokerDouble", "claimedReserve(address,address)" },
        { "TicketBrokerDouble", "getTicketHash((address,address,uint256,uint256,uint256,bytes32,bytes))" },
        { "TicketBrokerDouble", "usedTickets(bytes32)" },
        { "TicketBrokerDouble", "unlockPeriod()" },
        { "TicketBrokerDouble", "ticketValidityPeriod()" },
        { "TicketBrokerDouble", "setUnlockPeriod(uint256)" },
        { "TicketBrokerDouble", "setTicketValidityPeriod(uint256)" },
        { "TicketBrokerDouble", "controller()" },
        { "TicketBrokerDouble", "targetContractId()" },
        { "TicketBrokerDouble", "setController(address)" },
        // RoundsManager (§3)
        { "RoundsManagerDouble", "currentRound()" },
        { "RoundsManagerDouble", "currentRoundInitialized()" },
        { "RoundsManagerDouble", "currentRoundStartBlock()" },
        { "RoundsManagerDouble", "currentRoundLocked()" },
        { "RoundsManagerDouble", "roundLength()" },
        { "RoundsManagerDouble", "roundLockAmount()" },
        { "RoundsManagerDouble", "lastInitializedRound()" },
        { "RoundsManagerDouble", "lastRoundLengthUpdateRound()" },
        { "RoundsManagerDouble", "lastRoundLengthUpdateStartBlock()" },
        { "RoundsManagerDouble", "blockNum()" },
        { "RoundsManagerDouble", "blockHash(uint256)" },
        { "RoundsManagerDouble", "blockHashForRound(uint256)" },
        { "RoundsManagerDouble", "initializeRound()" },
        { "RoundsManagerDouble", "lipUpgradeRound(uint256)" },
        { "RoundsManagerDouble", "setLIPUpgradeRound(uint256,uint256)" },
        { "RoundsManagerDouble", "setRoundLength(uint256)" },
        { "RoundsManagerDouble", "setRoundLockAmount(uint256)" },
        // BondingManager (§4, the subset of §10.3)
        { "BondingManagerDouble", "isActiveTranscoder(address)" },
        { "BondingManagerDouble", "isRegisteredTranscoder(address)" },
        { "BondingManagerDouble", "getTranscoderPoolSize()" },
        { "BondingManagerDouble", "getTranscoderPoolMaxSize()" },
        { "BondingManagerDouble", "getFirstTranscoderInPool()" },
        { "BondingManagerDouble", "getNextTranscoderInPool(address)" },
        { "BondingManagerDouble", "transcoderTotalStake(address)" },
        { "BondingManagerDouble", "transcoderStatus(address)" },
        { "BondingManagerDouble", "getTranscoder(address)" },
        { "BondingManagerDouble", "getDelegator(address)" },
        { "BondingManagerDouble", "pendingStake(address,uint256)" },
        { "BondingManagerDouble", "pendingFees(address,uint256)" },
        { "BondingManagerDouble", "getTotalBonded()" },
        { "BondingManagerDouble", "currentRoundTotalActiveStake()" },
        { "BondingManagerDouble", "nextRoundTotalActiveStake()" },
        { "BondingManagerDouble", "unbondingPeriod()" },
        { "BondingManagerDouble", "updateTranscoderWithFees(address,uint256,uint256)" },
        { "BondingManagerDouble", "withdrawFees(address,uint256)" },
        { "BondingManagerDouble", "transcoder(uint256,uint256)" },
        // ServiceRegistry (§5)
        { "ServiceRegistryDouble", "setServiceURI(string)" },
        { "ServiceRegistryDouble", "getServiceURI(address)" },
        // Controller (§6)
        { "ControllerDouble", "getContract(bytes32)" },
        { "ControllerDouble", "getContractInfo(bytes32)" },
        { "ControllerDouble", "setContractInfo(bytes32,address,bytes20)" },
        { "ControllerDouble", "paused()" },
        { "ControllerDouble", "owner()" },
    };

    public static TheoryData<string, string, string> MainnetEvents => new()
    {
        { "TicketBrokerDouble", "DepositFunded(address,uint256)", "0x5159e237d952190e68d5215430f305831be7c9c8776d1377c76679ae4773413f" },
        { "TicketBrokerDouble", "ReserveFunded(address,uint256)", "0xb52b99b9e83551fcbd069b559cc3e823e2a1a3bad8ece46561ea77524394c850" },
        { "TicketBrokerDouble", "ReserveClaimed(address,address,uint256)", "0x5c2b394723f408a40a60335e24b71829642e35f350cebe2036a96a66e895ea98" },
        { "TicketBrokerDouble", "WinningTicketRedeemed(address,address,uint256,uint256,uint256,uint256,bytes)", "0xc389eb51ed006dbf2528507f010efdf5225ea596e1e1741d74f550dab1925ee7" },
        { "TicketBrokerDouble", "WinningTicketTransfer(address,address,uint256)", "0x8b87351a208c06e3ceee59d80725fd77a23b4129e1b51ca231fc89b40712649c" },
        { "TicketBrokerDouble", "Unlock(address,uint256,uint256)", "0xf7870c5b224cbc19873599e46ccfc7103934650509b1af0c3ce90138377c2004" },
        { "TicketBrokerDouble", "UnlockCancelled(address)", "0xfa044b7b93a40365dc68049797c2eb06918523d694e5d56e406cac3eb35578e5" },
        { "TicketBrokerDouble", "Withdrawal(address,uint256,uint256)", "0xdf273cb619d95419a9cd0ec88123a0538c85064229baa6363788f743fff90deb" },
        { "TicketBrokerDouble", "ParameterUpdate(string)", "0x9f5033568d78ae30f29f01e944f97b2216493bd19d1b46d429673acff3dcd674" },
        { "TicketBrokerDouble", "SetController(address)", "0x4ff638452bbf33c012645d18ae6f05515ff5f2d1dfb0cece8cbf018c60903f70" },
        { "RoundsManagerDouble", "NewRound(uint256,bytes32)", "0x22f2fc17c5daf07db2379b3a03a8ef20a183f761097a58fce219c8a14619e786" },
        { "BondingManagerDouble", "TranscoderActivated(address,uint256)", "0x65d72d782835d64c3287844a829608d5abdc7e864cc9affe96d910ab3db665e9" },
        { "BondingManagerDouble", "TranscoderDeactivated(address,uint256)", "0xfee3e693fc72d0a0a673805f3e606c551f4c677b9072444b90dd2d0406bc995c" },
        { "BondingManagerDouble", "TranscoderUpdate(address,uint256,uint256)", "0x7346854431dbb3eb8e373c604abf89e90f4865b8447e1e2834d7b3e4677bf544" },
        { "BondingManagerDouble", "WithdrawFees(address,address,uint256)", "0x4f1b51dd7a2fcb861aa2670f668be66835c4ee12b4bbbf037e4d0018f39819e4" },
        { "ServiceRegistryDouble", "ServiceURIUpdate(address,string)", "0xfbb63068732c85741c9f8e61caffaabe038d577bfafd2d2dcc0e352a4f653a4c" },
        { "ControllerDouble", "SetContractInfo(bytes32,address,bytes20)", "0xf9a6cf519167d81bc5cb3d26c60c0c9a19704aa908c148e82a861b570f4cd2d7" },
        { "ControllerDouble", "Pause()", "0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625" },
        { "ControllerDouble", "Unpause()", "0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33" },
    };

    [Theory]
    [MemberData(nameof(MainnetFunctions))]
    public void Double_has_the_mainnet_function(string contract, string signature)
    {
        Assert.Contains(signature, ContractArtifact.Load(contract).FunctionSignatures);
    }

    [Theory]
    [MemberData(nameof(MainnetEvents))]
    public void Double_emits_the_mainnet_event_topic(string contract, string signature, string topic0)
    {
        var artifact = ContractArtifact.Load(contract);
        Assert.Contains(signature, artifact.EventSignatures);
        Assert.Equal(topic0, AbiEvent.Parse(signature).Topic0.ToString());
    }

    [Fact]
    public void Every_function_the_node_calls_is_served_by_a_double()
    {
        var served = DevChainContracts.All.SelectMany(a => a.FunctionSignatures).ToHashSet();
        var missing = LivepeerAbi.Functions.Select(f => f.Signature).Where(s => !served.Contains(s)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_event_the_node_decodes_is_declared_by_a_double()
    {
        var declared = DevChainContracts.All.SelectMany(a => a.EventSignatures).ToHashSet();
        var missing = LivepeerAbi.Events.Select(e => e.Signature).Where(s => !declared.Contains(s)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Owner_and_test_functions_in_DevChainAbi_exist_in_the_doubles()
    {
        var served = DevChainContracts.All.SelectMany(a => a.FunctionSignatures).ToHashSet();
        AbiFunction[] functions =
        [
            DevChainAbi.SetContractInfo, DevChainAbi.GetContractInfo, DevChainAbi.Owner, DevChainAbi.Pause, DevChainAbi.Unpause,
            DevChainAbi.SetRoundLength, DevChainAbi.SetBlockNumOverride, DevChainAbi.MineBlocks, DevChainAbi.SetBlockHashForRound,
            DevChainAbi.SetTranscoder, DevChainAbi.SetUnlockPeriod, DevChainAbi.SetTicketValidityPeriod,
        ];
        Assert.All(functions, f => Assert.Contains(f.Signature, served));
    }

    [Fact]
    public void Constructor_arguments_follow_the_documented_order()
    {
        Assert.Empty(DevChainContracts.Controller.ConstructorTypes);
        Assert.Equal(["address", "uint256"], DevChainContracts.RoundsManager.ConstructorTypes.Select(t => t.CanonicalName));
        Assert.Equal(["address"], DevChainContracts.BondingManager.ConstructorTypes.Select(t => t.CanonicalName));
        Assert.Equal(["address", "uint256", "uint256"], DevChainContracts.TicketBroker.ConstructorTypes.Select(t => t.CanonicalName));
        Assert.Equal(["address"], DevChainContracts.ServiceRegistry.ConstructorTypes.Select(t => t.CanonicalName));
    }

    [Fact]
    public void Deployment_data_is_bytecode_then_abi_encoded_arguments()
    {
        var artifact = DevChainContracts.TicketBroker;
        var data = artifact.EncodeDeployment(Protocol.Crypto.EthAddress.Parse("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1"), 2L, 3L);
        Assert.Equal(artifact.Bytecode.Length + 96, data.Length);
        Assert.True(data.AsSpan(0, artifact.Bytecode.Length).SequenceEqual(artifact.Bytecode));
        Assert.Equal(3, data[^1]);
        Assert.Equal(2, data[^33]);
        var wrongCount = Assert.Throws<ArgumentException>(() => artifact.EncodeDeployment(2L));
        Assert.Contains("takes 3 constructor argument(s), got 1", wrongCount.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_artifact_names_the_build_step()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ContractArtifact.Load("NoSuchDouble"));
        Assert.Contains("build src/DevChain", e.Message, StringComparison.Ordinal);
    }
}
