// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./ManagerDouble.sol";

/// @notice Test double of the Livepeer ServiceRegistry (chain.md §5, §10.5). Deploy it twice to stand in
/// for both the ServiceRegistry and the AIServiceRegistry.
contract ServiceRegistryDouble is ManagerDouble {
    event ServiceURIUpdate(address indexed addr, string serviceURI);

    mapping(address => string) private serviceUris;

    constructor(address controllerAddress) ManagerDouble(controllerAddress) {}

    function targetContractId() external pure override returns (bytes32) {
        return keccak256("ServiceRegistryTarget");
    }

    /// @notice No access control and no pause check, as on mainnet: each caller sets its own URI.
    function setServiceURI(string calldata serviceURI) external {
        serviceUris[msg.sender] = serviceURI;
        emit ServiceURIUpdate(msg.sender, serviceURI);
    }

    function getServiceURI(address addr) external view returns (string memory) {
        return serviceUris[addr];
    }
}
