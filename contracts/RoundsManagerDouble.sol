// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./ManagerDouble.sol";

/// @notice Test double of the Livepeer RoundsManager (chain.md §3, §10.2). Rounds follow block.number
/// with the mainnet formulas, so mining blocks (evm_mine) moves rounds forward. Round numbering is
/// based at deployment: the deploy block starts round 1, which is not yet initialized, so the first
/// initializeRound() stores a real block hash. Test-only controls: a block number override
/// (setBlockNumOverride / mineBlocks) and setBlockHashForRound for the auxData failure paths.
contract RoundsManagerDouble is ManagerDouble {
    uint256 private constant PERC_DIVISOR = 1000000;

    event NewRound(uint256 indexed round, bytes32 blockHash);

    uint256 public roundLength;
    uint256 public roundLockAmount;
    uint256 public lastInitializedRound;
    uint256 public lastRoundLengthUpdateRound;
    uint256 public lastRoundLengthUpdateStartBlock;
    mapping(uint256 => uint256) public lipUpgradeRound;
    /// @notice 0 = follow block.number.
    uint256 public blockNumOverride;

    mapping(uint256 => bytes32) private roundBlockHashes;

    constructor(address controllerAddress, uint256 initialRoundLength) ManagerDouble(controllerAddress) {
        require(initialRoundLength > 0, "round length cannot be 0");
        roundLength = initialRoundLength;
        roundLockAmount = 100000;
        lastRoundLengthUpdateRound = 1;
        lastRoundLengthUpdateStartBlock = block.number;
    }

    function targetContractId() external pure override returns (bytes32) {
        return keccak256("RoundsManagerTarget");
    }

    function blockNum() public view returns (uint256) {
        return blockNumOverride == 0 ? block.number : blockNumOverride;
    }

    function currentRound() public view returns (uint256) {
        return lastRoundLengthUpdateRound + roundsSinceLengthUpdate();
    }

    function currentRoundStartBlock() public view returns (uint256) {
        return lastRoundLengthUpdateStartBlock + roundsSinceLengthUpdate() * roundLength;
    }

    function currentRoundInitialized() public view returns (bool) {
        return lastInitializedRound == currentRound();
    }

    function currentRoundLocked() external view returns (bool) {
        uint256 lockedBlocks = (roundLength * roundLockAmount) / PERC_DIVISOR;
        return blockNum() - currentRoundStartBlock() >= roundLength - lockedBlocks;
    }

    function blockHash(uint256 blockNumber) public view returns (bytes32) {
        uint256 current = blockNum();
        require(blockNumber < current, "can only retrieve past block hashes");
        require(current < 256 || blockNumber >= current - 256, "can only retrieve hashes for last 256 blocks");
        return blockhash(blockNumber);
    }

    function blockHashForRound(uint256 round) external view returns (bytes32) {
        return roundBlockHashes[round];
    }

    function initializeRound() external whenSystemNotPaused {
        uint256 round = currentRound();
        require(lastInitializedRound < round, "round already initialized");
        lastInitializedRound = round;
        // The real chain's previous block, even under an override: ganache gives a real, non-zero hash.
        bytes32 hash = blockhash(block.number - 1);
        roundBlockHashes[round] = hash;
        emit NewRound(round, hash);
    }

    function setRoundLength(uint256 newRoundLength) external onlyControllerOwner {
        require(newRoundLength > 0, "round length cannot be 0");
        // Re-base so the rounds already counted stay as they are and the new length applies from here.
        lastRoundLengthUpdateRound = currentRound();
        lastRoundLengthUpdateStartBlock = currentRoundStartBlock();
        roundLength = newRoundLength;
        emit ParameterUpdate("roundLength");
    }

    function setRoundLockAmount(uint256 newRoundLockAmount) external onlyControllerOwner {
        require(newRoundLockAmount <= PERC_DIVISOR, "round lock amount must be a valid percentage");
        roundLockAmount = newRoundLockAmount;
        emit ParameterUpdate("roundLockAmount");
    }

    function setLIPUpgradeRound(uint256 lip, uint256 round) external onlyControllerOwner {
        require(lipUpgradeRound[lip] == 0, "LIP upgrade round already set");
        lipUpgradeRound[lip] = round;
    }

    // ---- test-only controls (not in the mainnet ABI) ----

    /// @notice Pretends the chain is at `blockNumber` (0 returns to block.number).
    function setBlockNumOverride(uint256 blockNumber) external onlyControllerOwner {
        require(
            blockNumber == 0 || blockNumber >= lastRoundLengthUpdateStartBlock,
            "block number is before the round length base"
        );
        blockNumOverride = blockNumber;
    }

    /// @notice Moves the pretended block number forward, starting from block.number if no override is set.
    function mineBlocks(uint256 blocks) external onlyControllerOwner {
        blockNumOverride = blockNum() + blocks;
    }

    function setBlockHashForRound(uint256 round, bytes32 hash) external onlyControllerOwner {
        roundBlockHashes[round] = hash;
    }

    function roundsSinceLengthUpdate() private view returns (uint256) {
        return (blockNum() - lastRoundLengthUpdateStartBlock) / roundLength;
    }
}
