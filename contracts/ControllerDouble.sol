// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice Test double of the Livepeer Controller (chain.md §6, §10.1): an owner-managed registry from
/// keccak256(name) to address plus the system pause switch. Unlike mainnet it starts unpaused.
contract ControllerDouble {
    struct ContractInfo {
        address contractAddress;
        bytes20 gitCommitHash;
    }

    event SetContractInfo(bytes32 id, address contractAddress, bytes20 gitCommitHash);
    event Pause();
    event Unpause();
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    address public owner;
    bool public paused;
    mapping(bytes32 => ContractInfo) private registry;

    constructor() {
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
    }

    // Mainnet's Ownable uses a bare require, so a stranger's call reverts without a reason.
    modifier onlyOwner() {
        require(msg.sender == owner);
        _;
    }

    function setContractInfo(bytes32 id, address contractAddress, bytes20 gitCommitHash) external onlyOwner {
        registry[id] = ContractInfo(contractAddress, gitCommitHash);
        emit SetContractInfo(id, contractAddress, gitCommitHash);
    }

    function getContract(bytes32 id) external view returns (address) {
        return registry[id].contractAddress;
    }

    function getContractInfo(bytes32 id) external view returns (address, bytes20) {
        ContractInfo storage info = registry[id];
        return (info.contractAddress, info.gitCommitHash);
    }

    /// @notice Points a registered manager at a new Controller (mainnet's upgrade path).
    function updateController(bytes32 id, address newController) external onlyOwner {
        address manager = registry[id].contractAddress;
        require(manager != address(0), "contract is not registered");
        ISetController(manager).setController(newController);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0));
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    function pause() external onlyOwner {
        require(!paused);
        paused = true;
        emit Pause();
    }

    function unpause() external onlyOwner {
        require(paused);
        paused = false;
        emit Unpause();
    }
}

interface ISetController {
    function setController(address controller) external;
}
