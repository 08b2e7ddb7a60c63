// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// The slices of the Livepeer contract ABIs that the doubles call on each other (chain.md §3, §4, §6).

interface IControllerDouble {
    function getContract(bytes32 id) external view returns (address);

    function paused() external view returns (bool);

    function owner() external view returns (address);
}

interface IRoundsManagerDouble {
    function currentRound() external view returns (uint256);

    function currentRoundInitialized() external view returns (bool);

    function blockHashForRound(uint256 round) external view returns (bytes32);
}

interface IBondingManagerDouble {
    function isActiveTranscoder(address transcoder) external view returns (bool);

    function getTranscoderPoolSize() external view returns (uint256);

    function updateTranscoderWithFees(address transcoder, uint256 fees, uint256 round) external payable;
}
