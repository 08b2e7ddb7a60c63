// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./ManagerDouble.sol";

/// @notice Test double of the Livepeer BondingManager (chain.md §4, §10.3): only what the TicketBroker
/// and a node read. There is no LPT; the Controller owner sets each transcoder's registration, activity
/// and stake with setTranscoder. The pool is the active transcoders ordered by stake, highest first.
/// Ticket fees arrive with their ETH from the TicketBroker double and leave through withdrawFees.
contract BondingManagerDouble is ManagerDouble {
    uint256 private constant PERC_DIVISOR = 1000000;

    struct TranscoderRecord {
        bool registered;
        uint256 stake;
        uint256 rewardCut;
        uint256 feeShare;
        uint256 activationRound;
        uint256 deactivationRound;
        uint256 cumulativeFees;
        uint256 lastFeeRound;
        uint256 fees;
        uint256 startRound;
    }

    event TranscoderUpdate(address indexed transcoder, uint256 rewardCut, uint256 feeShare);
    event TranscoderActivated(address indexed transcoder, uint256 activationRound);
    event TranscoderDeactivated(address indexed transcoder, uint256 deactivationRound);
    event WithdrawFees(address indexed delegator, address recipient, uint256 amount);

    uint256 public numActiveTranscoders;
    uint64 public unbondingPeriod;

    mapping(address => TranscoderRecord) private transcoders;
    address[] private pool;

    constructor(address controllerAddress) ManagerDouble(controllerAddress) {
        numActiveTranscoders = 100;
        unbondingPeriod = 7;
    }

    function targetContractId() external pure override returns (bytes32) {
        return keccak256("BondingManagerTarget");
    }

    // ---- views ----

    function isActiveTranscoder(address account) public view returns (bool) {
        TranscoderRecord storage t = transcoders[account];
        uint256 round = roundsManager().currentRound();
        return t.activationRound != 0 && t.activationRound <= round && round < t.deactivationRound;
    }

    function isRegisteredTranscoder(address account) public view returns (bool) {
        TranscoderRecord storage t = transcoders[account];
        return t.registered && t.stake > 0;
    }

    function transcoderStatus(address account) external view returns (uint8) {
        return isRegisteredTranscoder(account) ? 1 : 0;
    }

    function getTranscoderPoolSize() external view returns (uint256) {
        return pool.length;
    }

    function getTranscoderPoolMaxSize() external view returns (uint256) {
        return numActiveTranscoders;
    }

    function getFirstTranscoderInPool() external view returns (address) {
        return pool.length == 0 ? address(0) : pool[0];
    }

    function getNextTranscoderInPool(address account) external view returns (address) {
        (bool found, uint256 index) = poolIndexOf(account);
        if (!found || index + 1 >= pool.length) {
            return address(0);
        }
        return pool[index + 1];
    }

    function transcoderTotalStake(address account) external view returns (uint256) {
        return transcoders[account].stake;
    }

    function getTranscoder(address account)
        external
        view
        returns (
            uint256 lastRewardRound,
            uint256 rewardCut,
            uint256 feeShare,
            uint256 lastActiveStakeUpdateRound,
            uint256 activationRound,
            uint256 deactivationRound,
            uint256 activeCumulativeRewards,
            uint256 cumulativeRewards,
            uint256 cumulativeFees,
            uint256 lastFeeRound
        )
    {
        TranscoderRecord storage t = transcoders[account];
        return (0, t.rewardCut, t.feeShare, t.startRound, t.activationRound, t.deactivationRound, 0, 0, t.cumulativeFees, t.lastFeeRound);
    }

    function getDelegator(address delegator)
        external
        view
        returns (
            uint256 bondedAmount,
            uint256 fees,
            address delegateAddress,
            uint256 delegatedAmount,
            uint256 startRound,
            uint256 lastClaimRound,
            uint256 nextUnbondingLockId
        )
    {
        TranscoderRecord storage t = transcoders[delegator];
        address delegate = t.registered ? delegator : address(0);
        return (t.stake, t.fees, delegate, t.stake, t.startRound, t.startRound, 0);
    }

    function pendingStake(address delegator, uint256) external view returns (uint256) {
        return transcoders[delegator].stake;
    }

    function pendingFees(address delegator, uint256) external view returns (uint256) {
        return transcoders[delegator].fees;
    }

    function getTotalBonded() external view returns (uint256) {
        return activeStake();
    }

    function currentRoundTotalActiveStake() external view returns (uint256) {
        return activeStake();
    }

    function nextRoundTotalActiveStake() external view returns (uint256) {
        return activeStake();
    }

    // ---- writes ----

    /// @notice Credits a winning ticket's payout, with its ETH, to a registered transcoder.
    function updateTranscoderWithFees(address account, uint256 fees, uint256) external payable whenSystemNotPaused {
        require(msg.sender == controller.getContract(TICKET_BROKER_ID), "caller must be TicketBroker");
        require(isRegisteredTranscoder(account), "transcoder must be registered");
        require(msg.value == fees, "fees must arrive with their ETH");
        TranscoderRecord storage t = transcoders[account];
        t.fees += fees;
        t.cumulativeFees += fees;
        t.lastFeeRound = roundsManager().currentRound();
    }

    function withdrawFees(address payable recipient, uint256 amount) external whenSystemNotPaused {
        require(roundsManager().currentRoundInitialized(), "current round is not initialized");
        TranscoderRecord storage t = transcoders[msg.sender];
        require(amount <= t.fees, "insufficient fees to withdraw");
        t.fees -= amount;
        (bool sent, ) = recipient.call{value: amount}("");
        require(sent, "fee transfer failed");
        emit WithdrawFees(msg.sender, recipient, amount);
    }

    /// @notice The orchestrator's own reward cut and fee share, each out of 1,000,000.
    function transcoder(uint256 rewardCut, uint256 feeShare) external whenSystemNotPaused {
        require(rewardCut <= PERC_DIVISOR, "invalid rewardCut percentage");
        require(feeShare <= PERC_DIVISOR, "invalid feeShare percentage");
        require(isRegisteredTranscoder(msg.sender), "transcoder must be registered");
        transcoders[msg.sender].rewardCut = rewardCut;
        transcoders[msg.sender].feeShare = feeShare;
        emit TranscoderUpdate(msg.sender, rewardCut, feeShare);
    }

    function setNumActiveTranscoders(uint256 count) external onlyControllerOwner {
        numActiveTranscoders = count;
        emit ParameterUpdate("numActiveTranscoders");
    }

    function setUnbondingPeriod(uint64 rounds) external onlyControllerOwner {
        unbondingPeriod = rounds;
        emit ParameterUpdate("unbondingPeriod");
    }

    // ---- test-only control (not in the mainnet ABI) ----

    /// @notice Registers (stake > 0) or unregisters a transcoder and puts it in or takes it out of the
    /// active pool. Activation and deactivation take effect in the current round, not the next.
    function setTranscoder(address account, bool registered, bool active, uint256 stake) external onlyControllerOwner {
        require(account != address(0), "transcoder is null address");
        require(!active || (registered && stake > 0), "an active transcoder must be registered with stake");
        TranscoderRecord storage t = transcoders[account];
        uint256 round = roundsManager().currentRound();
        bool wasActive = isActiveTranscoder(account);
        t.registered = registered;
        t.stake = stake;
        if (registered && t.startRound == 0) {
            t.startRound = round;
        }
        removeFromPool(account);
        if (active) {
            insertIntoPool(account);
            if (!wasActive) {
                t.activationRound = round;
                t.deactivationRound = type(uint256).max;
                emit TranscoderActivated(account, round);
            }
        } else if (wasActive) {
            t.deactivationRound = round;
            emit TranscoderDeactivated(account, round);
        }
    }

    function activeStake() private view returns (uint256 total) {
        for (uint256 i = 0; i < pool.length; i++) {
            total += transcoders[pool[i]].stake;
        }
    }

    function poolIndexOf(address account) private view returns (bool, uint256) {
        for (uint256 i = 0; i < pool.length; i++) {
            if (pool[i] == account) {
                return (true, i);
            }
        }
        return (false, 0);
    }

    function removeFromPool(address account) private {
        (bool found, uint256 index) = poolIndexOf(account);
        if (!found) {
            return;
        }
        for (uint256 i = index; i + 1 < pool.length; i++) {
            pool[i] = pool[i + 1];
        }
        pool.pop();
    }

    /// @dev Keeps the pool sorted by stake, highest first; equal stakes keep insertion order.
    function insertIntoPool(address account) private {
        uint256 stake = transcoders[account].stake;
        pool.push(account);
        uint256 i = pool.length - 1;
        while (i > 0 && transcoders[pool[i - 1]].stake < stake) {
            pool[i] = pool[i - 1];
            i--;
        }
        pool[i] = account;
    }
}
