// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./DoubleInterfaces.sol";

/// @notice What every Livepeer manager exposes (chain.md §1): the Controller it resolves its peers
/// through, the pause switch and the owner check. The doubles are deployed without proxies, so
/// targetContractId only names the implementation a proxy would look up.
abstract contract ManagerDouble {
    bytes32 internal constant ROUNDS_MANAGER_ID = keccak256("RoundsManager");
    bytes32 internal constant BONDING_MANAGER_ID = keccak256("BondingManager");
    bytes32 internal constant TICKET_BROKER_ID = keccak256("TicketBroker");

    event SetController(address controller);
    event ParameterUpdate(string param);

    IControllerDouble public controller;

    constructor(address controllerAddress) {
        controller = IControllerDouble(controllerAddress);
    }

    modifier onlyController() {
        require(msg.sender == address(controller), "caller must be Controller");
        _;
    }

    modifier onlyControllerOwner() {
        require(msg.sender == controller.owner(), "caller must be Controller owner");
        _;
    }

    modifier whenSystemNotPaused() {
        require(!controller.paused(), "system is paused");
        _;
    }

    function setController(address newController) external onlyController {
        controller = IControllerDouble(newController);
        emit SetController(newController);
    }

    function targetContractId() external pure virtual returns (bytes32);

    function roundsManager() internal view returns (IRoundsManagerDouble) {
        return IRoundsManagerDouble(controller.getContract(ROUNDS_MANAGER_ID));
    }

    function bondingManager() internal view returns (IBondingManagerDouble) {
        return IBondingManagerDouble(controller.getContract(BONDING_MANAGER_ID));
    }
}
